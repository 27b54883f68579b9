#pragma once

namespace bb {

// The cloud a product or an account belongs to. Lives in core (not in the product registry)
// so that layers below the registry, such as providers/accounts, can name it.
enum class Cloud { Tencent, Alibaba };

} // namespace bb
