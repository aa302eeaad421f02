// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scorecard.h"

#include "ToolDetailsView.h"

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
        QLabel* missing = makeBoldLabel(QObject::tr("SHIP or SKIP?"), parent);
        missing->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        header->addWidget(missing);
    }
    header->addWidget(makeBoldLabel(toolName, parent), 1);
    layout->addLayout(header);
    layout->addWidget(makePlainLabel(review.text, parent));
    QLabel* byline =
        makePlainLabel(QObject::tr("\u2014 %1, %2")
                           .arg(review.author, QLocale().toString(review.updatedAt.toLocalTime().date(),
                                                                  QLocale::ShortFormat)),
                       parent);
    byline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(byline);
}

} // namespace sos
