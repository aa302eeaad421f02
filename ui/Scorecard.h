// SPDX-License-Identifier: GPL-3.0-or-later
// One scorecard as the comparison view shows it. The editor's preview draws its draft with the same
// function, so a reviewer sees exactly what readers will see.
#pragma once

#include <domain/Domain.h>

class QVBoxLayout;
class QWidget;

namespace sos {

// Adds the verdict badge with the tool's name, the text and "— author, date" to layout. Without a
// verdict (a draft that has none yet) the badge asks for one.
void addScorecard(QVBoxLayout* layout, const Review& review, const QString& toolName, QWidget* parent,
                  bool hasVerdict = true);

} // namespace sos
