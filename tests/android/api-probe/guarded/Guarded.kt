// The same call, declared for a higher API the way UniFFI's android flavour does it
// (@RequiresApi, reached only behind a Build.VERSION.SDK_INT check): allowed.
package probe

import android.os.Build
import androidx.annotation.RequiresApi

@RequiresApi(Build.VERSION_CODES.UPSIDE_DOWN_CAKE)
class GuardedCleaner {
    val cleaner: Any = android.system.SystemCleaner.cleaner()
}

fun guardedCleaner(): Any? =
    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) GuardedCleaner().cleaner else null
