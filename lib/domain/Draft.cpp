// SPDX-License-Identifier: GPL-3.0-or-later
#include "Draft.h"

#include <QRegularExpression>

namespace sos {

int Draft::wordCount() const
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*"));
    int count = 0;
    QStringList parts = fields.values();
    parts << text;
    for (const QString& part : parts) {
        auto it = words.globalMatch(part);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

} // namespace sos
