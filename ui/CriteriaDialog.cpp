// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriteriaDialog.h"

#include "FacetPanel.h"
#include "ToolDetailsView.h"
#include <store/DecisionStore.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <decision/ProfileInput.h>

namespace sos {

namespace {

// The tool fields a must-have names, and the catalog facet that lists their values.
constexpr std::array mustHaveFields{
    std::pair{ToolField::Pricing, Facet::Pricing},
    std::pair{ToolField::License, Facet::License},
    std::pair{ToolField::Deployment, Facet::Deployment},
    std::pair{ToolField::Category, Facet::Category},
};

QString mustHaveTitle(ToolField field)
{
    switch (field) {
    case ToolField::Pricing:
        return CriteriaDialog::tr("&Pricing is one of");
    case ToolField::License:
        return CriteriaDialog::tr("&License is one of");
    case ToolField::Deployment:
        return CriteriaDialog::tr("&Deployment is one of");
    case ToolField::Category:
        return CriteriaDialog::tr("C&ategory is one of");
    }
    return {};
}

QSpinBox* weightBox(int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(CriteriaProfile::minimumWeight, CriteriaProfile::maximumWeight);
    box->setValue(value);
    return box;
}

} // namespace

CriteriaDialog::CriteriaDialog(Store& store, const CriteriaProfile& profile, bool saved, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_original(profile)
    , m_savedOriginal(saved)
{
    setWindowTitle(saved ? tr("Criteria: %1").arg(profile.name) : tr("New criteria profile"));
    setObjectName(QStringLiteral("criteriaDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* nameForm = new QFormLayout;
    m_name = new QLineEdit(saved ? profile.name : QString(), this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. On-device, open license"));
    m_name->setToolTip(tr("A new name saves a new profile; the one you started from stays."));
    nameForm->addRow(tr("&Name:"), m_name);
    layout->addLayout(nameForm);

    layout->addWidget(weightsGroup());
    layout->addWidget(mustHavesGroup());

    m_default = new QCheckBox(tr("&Make this the default profile"), this);
    m_default->setObjectName(QStringLiteral("makeDefault"));
    m_default->setChecked(saved && profile.isDefault);
    layout->addWidget(m_default);

    m_error = makeBoldLabel({}, this);
    m_error->setObjectName(QStringLiteral("criteriaError"));
    m_error->setAccessibleName(tr("Problem with these criteria"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CriteriaDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CriteriaDialog::reject);
    if (saved) {
        m_remove = buttons->addButton(tr("&Remove profile"), QDialogButtonBox::DestructiveRole);
        m_remove->setObjectName(QStringLiteral("removeProfile"));
        m_remove->setAutoDefault(false);
        m_remove->setToolTip(tr("Remove the saved profile \u201c%1\u201d. Recorded decisions keep their own "
                                "copy of it.")
                                 .arg(profile.name));
        connect(m_remove, &QPushButton::clicked, this, &CriteriaDialog::remove);
    }
    layout->addWidget(buttons);
    m_name->setFocus();
}

QWidget* CriteriaDialog::weightsGroup()
{
    auto* group = new QGroupBox(tr("Weights: how much each lens's \u201cship\u201d counts (0 to 5)"), this);
    auto* grid = new QGridLayout(group);
    const QList<Lens> lenses = m_store.catalog().lenses();
    constexpr int pairsPerRow = 2; // label and box, twice a row: the dialog stays short
    int index = 0;
    for (const Lens& lens : lenses) {
        QSpinBox* box = weightBox(m_original.weight(lens.id), group);
        box->setObjectName(QStringLiteral("weight-") + lens.id);
        box->setAccessibleName(tr("Weight of %1").arg(lens.name));
        auto* label = makePlainLabel(lens.name, group);
        label->setBuddy(box);
        grid->addWidget(label, index / pairsPerRow, 2 * (index % pairsPerRow));
        grid->addWidget(box, index / pairsPerRow, 2 * (index % pairsPerRow) + 1);
        m_weights.emplace(lens.id, box);
        ++index;
    }
    const int row = (index + pairsPerRow - 1) / pairsPerRow;
    m_communityWeight = weightBox(m_original.communityWeight, group);
    m_communityWeight->setObjectName(QStringLiteral("communityWeight"));
    m_communityWeight->setAccessibleName(tr("Weight of the community vote"));
    m_communityWeight->setToolTip(tr("0 leaves the community vote out of the score; otherwise the weight "
                                     "times the tool's share of the feed's votes"));
    auto* label = new QLabel(tr("C&ommunity vote"), group);
    label->setBuddy(m_communityWeight);
    grid->addWidget(label, row, 0);
    grid->addWidget(m_communityWeight, row, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    return group;
}

QWidget* CriteriaDialog::mustHavesGroup()
{
    auto* group = new QGroupBox(tr("Must-haves: a tool that fails one is ranked but marked out"), this);
    auto* grid = new QGridLayout(group);
    const Catalog::AllFacetCounts counts = m_store.catalog().facetCounts(ToolQuery{});
    int index = 0;
    for (const auto& [field, facet] : mustHaveFields) {
        QStringList checked;
        for (const MustHave& mustHave : m_original.mustHaves) {
            if (mustHave.field == field)
                checked << mustHave.values;
        }
        auto* list = new QListWidget(group);
        list->setObjectName(QStringLiteral("mustHave-") + enumName(field));
        list->setAccessibleName(mustHaveTitle(field).remove(QLatin1Char('&')));
        const auto isChecked = [&checked](const QString& value) {
            return checked.contains(value, Qt::CaseInsensitive);
        };
        QStringList shown;
        for (const FacetCount& count : counts.at(static_cast<std::size_t>(facet))) {
            auto* item = new QListWidgetItem(
                tr("%1 (%L2)").arg(FacetPanel::valueLabel(facet, count.value)).arg(count.count), list);
            item->setData(Qt::UserRole, count.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(isChecked(count.value) ? Qt::Checked : Qt::Unchecked);
            shown << count.value;
        }
        // A value the profile asks for that no tool has any more stays, checked, so that Save says so.
        for (const QString& value : std::as_const(checked)) {
            if (shown.contains(value, Qt::CaseInsensitive))
                continue;
            auto* item = new QListWidgetItem(tr("%1 (no tool)").arg(value), list);
            item->setData(Qt::UserRole, value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            shown << value;
        }
        const int rows = std::clamp(list->count(), 2, 6);
        list->setFixedHeight(rows * list->fontMetrics().height() * 3 / 2 + 2 * list->frameWidth() + 4);
        // Title and list stay together at the top of their cell, whatever the height of the one beside.
        auto* column = new QVBoxLayout;
        auto* title = new QLabel(mustHaveTitle(field), group);
        title->setBuddy(list);
        column->addWidget(title);
        column->addWidget(list);
        column->addStretch(1);
        grid->addLayout(column, index / 2, index % 2);
        m_values.emplace(field, list);
        ++index;
    }
    auto* hint = makePlainLabel(tr("Nothing checked in a list: that field does not matter."), group);
    hint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(hint, 2, 0, 1, 2);
    return group;
}

CriteriaProfile CriteriaDialog::profile() const
{
    CriteriaProfile profile;
    profile.name = m_name->text().trimmed();
    for (const auto& [lensId, box] : m_weights)
        profile.lensWeights.insert(lensId, box->value());
    profile.communityWeight = m_communityWeight->value();
    for (const auto& [field, facet] : mustHaveFields) {
        Q_UNUSED(facet)
        const QListWidget* list = m_values.at(field);
        MustHave mustHave;
        mustHave.field = field;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                mustHave.values << list->item(row)->data(Qt::UserRole).toString();
        }
        if (!mustHave.values.isEmpty())
            profile.mustHaves << mustHave;
    }
    profile.isDefault = m_default->isChecked();
    return profile;
}

void CriteriaDialog::save()
{
    const CriteriaProfile edited = profile();
    // A saved profile by the built-in's name would hide it; one by another saved profile's name would
    // silently replace that one.
    const bool renamed =
        m_savedOriginal ? edited.name.compare(m_original.name, Qt::CaseInsensitive) != 0 : true;
    if (edited.name.compare(CriteriaProfile::equalWeightsName(), Qt::CaseInsensitive) == 0) {
        showError(tr("\u201c%1\u201d is the built-in profile's name; choose another.").arg(edited.name));
        m_name->setFocus();
        return;
    }
    if (renamed && m_store.decisions().profile(edited.name)) {
        showError(tr("A profile named \u201c%1\u201d is saved already; choose another name, or edit that "
                     "profile.")
                      .arg(edited.name));
        m_name->setFocus();
        return;
    }
    if (auto valid = ProfileInput::validate(m_store, edited); !valid) {
        showError(valid.errorMessage());
        return;
    }
    if (auto stored = m_store.decisions().saveProfile(edited); !stored) {
        showError(stored.errorMessage());
        return;
    }
    m_savedName = edited.name;
    accept();
}

void CriteriaDialog::remove()
{
    if (auto removed = m_store.decisions().removeProfile(m_original.name); !removed) {
        showError(removed.errorMessage());
        return;
    }
    m_savedName = m_original.name;
    m_removed = true;
    accept();
}

void CriteriaDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sos
