#pragma once
// The one place RapidJSON is configured: every kg file that reads or writes JSON includes this
// header instead of <rapidjson/...> directly, so all of them agree on the settings and the
// workarounds below.
#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif

#ifdef __clang__
// RapidJSON 1.1.0 (Debian 12) computes `stackTop_ + n` on a still-null stack pointer before
// its first allocation (internal/stack.h, Reserve), which UBSan reports as pointer overflow in
// every Reader and Writer. The arithmetic is harmless (fixed upstream after 1.1.0); exempt
// RapidJSON's own functions from that one check instead of the whole build.
#pragma clang attribute push(__attribute__((no_sanitize("pointer-overflow"))), apply_to = function)
#endif

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#ifdef __clang__
#pragma clang attribute pop
// RapidJSON 1.1.0's member iterators declare operator== and != as non-template members, which
// C++20's reversed candidates make formally ambiguous (-Wambiguous-reversed-operator) though
// the call is well defined. Silenced for the files that include this header (fixed upstream).
#pragma clang diagnostic ignored "-Wambiguous-reversed-operator"
#endif
