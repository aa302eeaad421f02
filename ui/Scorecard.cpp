// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scorecard.h"

#include "ToolDetailsView.h"
#include <base/Localization.h>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace sos {

void addScorecard(QVBoxLayout* layout, const Review& review, const QString& toolName, QWidget* parent,
                  bool hasVerdict)
{
    auto* header = new QHBoxLayout;
    if (hasVerdict) {
        header->addWidget(makeVerdictBadge(review.verdict, parent));
    } else {
        QLabel* missing = makeBoldLabel(QCoreApplication::translate("sos::Scorecard", "%1 or %2?")
                                            .arg(QLocale().toUpper(verdictLabel(Verdict::Ship)),
                                                 QLocale().toUpper(verdictLabel(Verdict::Skip))),
                                        parent);
        missing->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        header->addWidget(missing);
    }
    header->addWidget(makeBoldLabel(toolName, parent), 1);
    layout->addLayout(header);
    layout->addWidget(makePlainLabel(review.text, parent));
    QLabel* byline = makePlainLabel(QCoreApplication::translate("sos::Scorecard", "\u2014 %1, %2")
                                        .arg(review.author, localDate(review.updatedAt.toLocalTime().date())),
                                    parent);
    byline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(byline);
}

} // namespace sos
