// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every executable of a sanitizer build (SHIPORSKIP_SANITIZE or SHIPORSKIP_FUZZ): the
// sanitizers' defaults, so a test, every program it starts and the build's own tools run with the
// same settings whatever environment they get. ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS still
// override them flag by flag (scripts/test adds a log_path to collect the reports).

extern "C" {

// Any memory error or leak ends the process with a report and its stack.
const char* __asan_default_options()
{
    return "detect_leaks=1:halt_on_error=1:print_stacktrace=1";
}

// Undefined behaviour aborts too (our code is compiled with -fno-sanitize-recover=undefined).
const char* __ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

// Leaks inside libraries we do not own are suppressed by name; the list says why for each.
const char* __lsan_default_options()
{
    return "suppressions=" SHIPORSKIP_LSAN_SUPPRESSIONS ":print_suppressions=0";
}

} // extern "C"
