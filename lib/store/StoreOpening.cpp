// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreOpening.h"

namespace sos {

StoreOpening openStore(const QString& path)
{
    StoreOpening opening;
    auto opened = Store::openOrRecover(path);
    if (!opened) {
        opening.store = opened.error();
        return opening;
    }
    if (!opened->keptAside.isEmpty())
        opening.recoveryNotice = recoveryNotice(opened.value());
    if (auto seeded = opened->store->feed().seedBundledCatalog(); !seeded) {
        opening.store = seeded.error();
        opening.failedStep = StoreOpening::Step::Seed;
        return opening;
    }
    opening.store = std::move(opened->store);
    return opening;
}

} // namespace sos
