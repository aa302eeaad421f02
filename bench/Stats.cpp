// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stats.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sos::bench {

Timing summarize(std::vector<double> samples)
{
    Timing timing;
    if (samples.empty())
        return timing;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    timing.samples = static_cast<int>(n);
    timing.median = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n)));
    timing.p95 = samples[std::clamp<std::size_t>(rank, 1, n) - 1];
    timing.max = samples.back();
    return timing;
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Timing measure(int runs, const std::function<void()>& work, double budgetMs)
{
    std::vector<double> samples;
    double spent = 0;
    for (int i = 0; i < runs && (i == 0 || budgetMs < 0 || spent < budgetMs); ++i) {
        samples.push_back(timeMs(work));
        spent += samples.back();
    }
    return summarize(std::move(samples));
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : (ms < 1000 ? 1 : 0));
}

QString formatNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printTable(QTextStream& out, const QList<Row>& rows)
{
    const QStringList header{QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("p95"),
                             QStringLiteral("target"), QStringLiteral("")};
    std::array<qsizetype, 5> widths{};
    auto fields = [](const Row& row) {
        return QStringList{row.measure, row.median, row.p95, row.target, row.verdict};
    };
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[static_cast<std::size_t>(i)] = std::max<qsizetype>(3, header.at(i).size());
    for (const Row& row : rows) {
        const QStringList cells = fields(row);
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], cells.at(i).size());
    }
    auto print = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int width = static_cast<int>(widths[static_cast<std::size_t>(i)]);
            if (i > 0)
                line += QStringLiteral(" | ");
            line += (i == 1 || i == 2) ? cells.at(i).rightJustified(width) : cells.at(i).leftJustified(width);
        }
        out << QStringLiteral("| ") << line << QStringLiteral(" |\n");
    };
    print(header);
    QStringList rule;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const QString dashes(static_cast<qsizetype>(std::max<qsizetype>(3, widths[i])), QLatin1Char('-'));
        rule << ((i == 1 || i == 2) ? dashes.left(dashes.size() - 1) + QLatin1Char(':') : dashes);
    }
    print(rule);
    for (const Row& row : rows)
        print(fields(row));
    out.flush();
}

} // namespace sos::bench
