// SPDX-License-Identifier: GPL-3.0-or-later
// Find in the open draft: a field, previous and next, "Not found", and a close button (Escape). The
// bar only asks; the editor finds, through the form's visible text fields.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sos {

class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr); // hidden until open()

    QString text() const;
    // Shows the bar with its text selected, ready for typing.
    void open();
    void showResult(bool found);

Q_SIGNALS:
    void findRequested(bool backwards);
    void closed();

private:
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace sos
