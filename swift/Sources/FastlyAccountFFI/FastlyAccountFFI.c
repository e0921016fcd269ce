// The FastlyAccountFFI target only carries the C header and module map that
// uniffi-bindgen generates into include/ (see swift/run-tests.sh). SwiftPM needs one
// source file per C target; including the header here also checks that it compiles.
#include "FastlyAccountFFI.h"
