#include "EnterprisesPage.h"

#include "EnterpriseForm.h"

#include "auth/Role.h"
#include "store/EnterpriseStore.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::ui {

EnterprisesPage::EnterprisesPage(QWidget *parent)
    : ToolPage(parent)
    , m_table(new QTableWidget(this))
    , m_showArchived(new QCheckBox(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_archive(new QPushButton(this))
{
    m_table->setObjectName(u"enterpriseTable"_s);
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(260);
    m_showArchived->setObjectName(u"showArchived"_s);
    m_add->setObjectName(u"addEnterprise"_s);
    m_edit->setObjectName(u"editEnterprise"_s);
    m_archive->setObjectName(u"archiveEnterprise"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(m_showArchived);
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &EnterprisesPage::addEnterprise);
    connect(m_edit, &QPushButton::clicked, this, &EnterprisesPage::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &EnterprisesPage::toggleArchiveOfSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, &EnterprisesPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnterprisesPage::updateButtons);
    // Double-click or Enter on a row edits it.
    connect(m_table, &QTableWidget::activated, this, &EnterprisesPage::editSelected);
    retranslateUi();
    refresh();
}

void EnterprisesPage::setSession(auth::Session *session)
{
    m_session = session;
    refresh();
}

void EnterprisesPage::refresh()
{
    const QString current = selected() ? selected()->id : QString();
    m_enterprises.clear();
    if (m_session) {
        auto list = m_session->enterprises(m_showArchived->isChecked());
        if (list)
            m_enterprises = *list;
        else
            Q_EMIT statusMessage(list.error().message);
    }
    m_table->setRowCount(static_cast<int>(m_enterprises.size()));
    for (int row = 0; row < m_enterprises.size(); ++row) {
        const auth::EnterpriseSummary &enterprise = m_enterprises.at(row);
        const QStringList cells{enterprise.profile.name, enterprise.profile.creditCode,
                                taxpayerKindName(enterprise.profile.taxpayerKind), RoleNames::name(enterprise.role),
                                enterprise.archived ? tr("Archived") : tr("Active")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (enterprise.id == current)
            m_table->selectRow(row);
    }
    updateButtons();
}

const auth::EnterpriseSummary *EnterprisesPage::selected() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_enterprises.size())
        return nullptr;
    return &m_enterprises.at(rows.first().row());
}

void EnterprisesPage::updateButtons()
{
    const auth::EnterpriseSummary *enterprise = selected();
    const bool administers = enterprise && allows(enterprise->role, Permission::Administer);
    m_add->setEnabled(m_session != nullptr);
    m_edit->setEnabled(administers && !enterprise->archived);
    m_archive->setEnabled(administers);
    m_archive->setText(enterprise && enterprise->archived ? tr("&Restore") : tr("A&rchive"));
    if (enterprise && !administers)
        m_edit->setToolTip(RoleNames::refusal(enterprise->role, store::EnterpriseStore::tr("edit the enterprise profile")));
    else
        m_edit->setToolTip({});
}

EnterpriseDialog *EnterprisesPage::addEnterprise()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new EnterpriseDialog(
        tr("Add an enterprise"), EnterpriseProfile{},
        [this](const EnterpriseProfile &profile) -> Result<void> {
            auto created = m_session->createEnterprise(profile);
            if (!created)
                return std::unexpected(created.error());
            Q_EMIT statusMessage(tr("Added %1.").arg(created->profile.name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT enterprisesChanged();
    });
    dialog->open();
    return dialog;
}

EnterpriseDialog *EnterprisesPage::editSelected()
{
    const auth::EnterpriseSummary *enterprise = selected();
    if (!m_session || !enterprise || !m_edit->isEnabled())
        return nullptr;
    const QString id = enterprise->id;
    auto *dialog = new EnterpriseDialog(
        tr("Edit %1").arg(enterprise->profile.name), enterprise->profile,
        [this, id](const EnterpriseProfile &profile) -> Result<void> {
            auto updated = m_session->updateEnterprise(id, profile);
            if (!updated)
                return std::unexpected(updated.error());
            Q_EMIT statusMessage(tr("Saved %1.").arg(updated->name));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT enterprisesChanged();
    });
    dialog->open();
    return dialog;
}

void EnterprisesPage::toggleArchiveOfSelected()
{
    const auth::EnterpriseSummary *enterprise = selected();
    if (!m_session || !enterprise)
        return;
    const bool archive = !enterprise->archived;
    const QString name = enterprise->profile.name;
    auto store = m_session->openEnterprise(enterprise->id);
    Result<void> changed = store ? (*store)->setArchived(archive) : Result<void>(std::unexpected(store.error()));
    if (!changed) {
        QMessageBox::warning(this, title(), changed.error().message);
        return;
    }
    Q_EMIT statusMessage(archive ? tr("Archived %1. Its records are kept; tick \"Show archived\" to see it.").arg(name)
                                 : tr("Restored %1.").arg(name));
    refresh();
    Q_EMIT enterprisesChanged();
}

void EnterprisesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    ToolPage::changeEvent(event);
}

void EnterprisesPage::retranslateUi()
{
    retranslateHeading();
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Credit code"), tr("Taxpayer kind"), tr("Your role"), tr("Status")});
    m_showArchived->setText(tr("Show a&rchived"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    updateButtons();
}

} // namespace taxbox::ui
