// SPDX-License-Identifier: GPL-3.0-or-later
// Samples, their median and 95th percentile, and the table the harness prints.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <vector>

namespace sos::bench {

struct Timing
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    int samples = 0;

    bool valid() const { return samples > 0; }
};

// Median (the mean of the two middle samples for an even count) and nearest-rank 95th percentile.
Timing summarize(std::vector<double> samples);

// Milliseconds spent in work().
double timeMs(const std::function<void()>& work);

// Times work() runs times, or fewer when budgetMs (if not negative) is spent first; at least once.
Timing measure(int runs, const std::function<void()>& work, double budgetMs = -1);

// One row of the result table: what was measured, its figures, the target and whether it is met.
struct Row
{
    QString measure;
    QString median;
    QString p95;
    QString target;
    QString verdict; // "met", "MISSED", or empty when there is no target
};

QString formatMs(double ms);
QString formatNumber(double value, int decimals);

void printTable(QTextStream& out, const QList<Row>& rows);

} // namespace sos::bench
