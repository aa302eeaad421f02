// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOpening.h"

namespace sos {

StoreOpening openStore(const QString& path)
{
    auto opened = Store::openOrRecover(path);
    if (!opened)
        return {opened.error(), StoreOpening::Step::Open, {}};
    const QString notice = opened->keptAside.isEmpty() ? QString() : recoveryNotice(opened.value());
    if (auto seeded = opened->store->feed().seedBundledCatalog(); !seeded)
        return {seeded.error(), StoreOpening::Step::Seed, notice};
    return {std::move(opened->store), StoreOpening::Step::Open, notice};
}

} // namespace sos
