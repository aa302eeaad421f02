// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON that shiporskip-cli prints. Field names are a contract: scripts depend on them. Add fields
// freely; never rename one.
#pragma once

#include <store/Store.h>

#include <QJsonObject>

namespace sos {

QJsonObject toolSummaryToJson(const ToolSummary& summary);
QJsonObject toolDetailsToJson(const ToolDetails& details);
QJsonObject comparisonToJson(const ComparisonSummary& summary, const QList<ToolSummary>& tools);

} // namespace sos
