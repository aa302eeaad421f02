// SPDX-License-Identifier: GPL-3.0-or-later
#include "Domain.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace sos {

namespace {

const QString dash = QStringLiteral("\u2014");

} // namespace

QString pricingLabel(Pricing pricing)
{
    return pricing == Pricing::Free ? QCoreApplication::translate("sos::Pricing", "Free")
                                    : QCoreApplication::translate("sos::Pricing", "Paid");
}

QString verdictLabel(Verdict verdict)
{
    return verdict == Verdict::Ship ? QCoreApplication::translate("sos::Verdict", "Ship")
                                    : QCoreApplication::translate("sos::Verdict", "Skip");
}

QString panelVerdictLabel(PanelVerdict verdict)
{
    switch (verdict) {
    case PanelVerdict::UnanimousShip:
        return QCoreApplication::translate("sos::PanelVerdict", "Unanimous ship");
    case PanelVerdict::MajorityShip:
        return QCoreApplication::translate("sos::PanelVerdict", "Majority ship");
    case PanelVerdict::Split:
        return QCoreApplication::translate("sos::PanelVerdict", "Split");
    case PanelVerdict::MajoritySkip:
        return QCoreApplication::translate("sos::PanelVerdict", "Majority skip");
    case PanelVerdict::Unreviewed:
        break;
    }
    return QCoreApplication::translate("sos::PanelVerdict", "Not reviewed");
}

QString deploymentLabel(const QString& deployment)
{
    if (deployment == QLatin1String("on-device"))
        return QCoreApplication::translate("sos::Deployment", "On-device");
    if (deployment == QLatin1String("hosted"))
        return QCoreApplication::translate("sos::Deployment", "Hosted");
    if (deployment == QLatin1String("self-hosted"))
        return QCoreApplication::translate("sos::Deployment", "Self-hosted");
    if (deployment.isEmpty())
        return deployment;
    return deployment.first(1).toUpper() + deployment.sliced(1);
}

QString voteStateLabel(VoteState state)
{
    switch (state) {
    case VoteState::Pending:
        return QCoreApplication::translate("sos::VoteState", "pending");
    case VoteState::Sent:
        return QCoreApplication::translate("sos::VoteState", "sent");
    case VoteState::Confirmed:
        return QCoreApplication::translate("sos::VoteState", "confirmed");
    case VoteState::Rejected:
        return QCoreApplication::translate("sos::VoteState", "rejected");
    }
    return {};
}

int roundedPercent(int part, int whole)
{
    Q_ASSERT(whole > 0);
    return static_cast<int>((200LL * part + whole) / (2LL * whole)); // round half up, integers only
}

namespace {

// A share as a whole percent, or no figure without a whole.
std::optional<int> shareOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return roundedPercent(part, whole);
}

// "75% (3 of 4)" from a translated pattern of that form, or a dash without a whole.
QString shareText(const QString& pattern, int part, int whole)
{
    const auto share = shareOf(part, whole);
    if (!share)
        return dash;
    return pattern.arg(*share).arg(part).arg(whole);
}

} // namespace

std::optional<int> PanelScore::percent() const
{
    return shareOf(ships, reviews);
}

PanelVerdict PanelScore::verdict() const
{
    if (reviews <= 0)
        return PanelVerdict::Unreviewed;
    if (ships == reviews)
        return PanelVerdict::UnanimousShip;
    if (2 * ships > reviews)
        return PanelVerdict::MajorityShip;
    if (2 * ships == reviews)
        return PanelVerdict::Split;
    return PanelVerdict::MajoritySkip;
}

QString PanelScore::toDisplayString() const
{
    return shareText(QCoreApplication::translate("sos::PanelScore", "%L1% (%L2 of %L3)"), ships, reviews);
}

std::optional<int> CommunityShare::percent() const
{
    return shareOf(votes, total);
}

QString CommunityShare::toDisplayString() const
{
    return shareText(QCoreApplication::translate("sos::CommunityShare", "%L1% (%L2 of %L3)"), votes, total);
}

namespace {

// The form every timestamp of a feed and of the store takes: "2026-11-30T09:58:35.123Z". A sync writes
// and reads several per record, and Qt's general ISO 8601 code took a tenth of a large sync's time:
// this form is written and read by hand, anything else goes through Qt as before.
constexpr qsizetype timestampLength = 24;

// The number written by the digits of text[from, from + count), or -1 if one is not a digit.
int digits(const QChar* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString timestampToString(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    // Four-digit years only: Qt decides how the others are written.
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(timestampLength, Qt::Uninitialized);
    QChar* out = text.data();
    auto put = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += width;
    };
    auto separator = [&out](char16_t c) {
        *out++ = QChar(c);
    };
    put(date.year(), 4);
    separator(u'-');
    put(date.month(), 2);
    separator(u'-');
    put(date.day(), 2);
    separator(u'T');
    put(clock.hour(), 2);
    separator(u':');
    put(clock.minute(), 2);
    separator(u':');
    put(clock.second(), 2);
    separator(u'.');
    put(clock.msec(), 3);
    separator(u'Z');
    return text;
}

QDateTime timestampFromString(const QString& text)
{
    if (text.size() == timestampLength) {
        const QChar* in = text.constData();
        const int year = digits(in, 0, 4);
        const int month = digits(in, 5, 2);
        const int day = digits(in, 8, 2);
        const int hour = digits(in, 11, 2);
        const int minute = digits(in, 14, 2);
        const int second = digits(in, 17, 2);
        const int msec = digits(in, 20, 3);
        const bool shape = in[4] == u'-' && in[7] == u'-' && in[10] == u'T' && in[13] == u':' &&
                           in[16] == u':' && in[19] == u'.' && in[23] == u'Z';
        // Years from 1 on, and no hour 24 or leap second: what Qt would read otherwise is left to it.
        if (shape && year >= 1 && QDate::isValid(year, month, day) &&
            QTime::isValid(hour, minute, second, msec))
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    // Only what timestampToString writes back: its ISO 8601 form has the years 1 to 9999 (in UTC).
    time = time.toUTC();
    return time.date().year() >= 1 && time.date().year() <= 9999 ? time : QDateTime();
}

} // namespace sos
