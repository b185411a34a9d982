#pragma once
// The one place RapidJSON is configured: every kg file that reads or writes JSON includes this
// header instead of <rapidjson/...> directly, so all of them agree on the settings.
#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
