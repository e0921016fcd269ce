// The FastlyAccountTestingFFI target only carries the C header and module map that
// uniffi-bindgen generates into include/ from the testing kit's library
// (fastly_account_testing_uniffi; see swift/run-tests.sh). SwiftPM needs one source file
// per C target; including the header here also checks that it compiles.
#include "FastlyAccountTestingFFI.h"
