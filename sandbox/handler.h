#pragma once

#include "sandbox/sandboxhttp.h"

namespace bb::sandbox {

// A product emulator (or the file host): claims the requests it understands.
class Handler
{
public:
    virtual ~Handler() = default;
    // Returns true and fills `response` when this handler owns the request.
    virtual bool handle(const HttpRequest &request, HttpResponse &response) = 0;
};

} // namespace bb::sandbox
