#include "ResidentsPage.h"

#include "DataTable.h"
#include "MessageBanner.h"
#include "ResidentEditorDialog.h"
#include "residents/ResidentRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "views/ResidentSearchModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// What a library card looks like when scanned or typed: letters and digits, at least one digit.
bool looksLikeCard(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^(?=.*[0-9])[A-Za-z0-9]{4,20}$"));
    return re.match(text.trimmed()).hasMatch();
}
} // namespace

ResidentsPage::ResidentsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("residentsPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setAccessibleName(tr("Find a resident"));
    m_search->setPlaceholderText(tr("Name, card, phone or postcode, or scan a library card"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(100);
    m_search->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Find"), this);
    searchLabel->setBuddy(m_search);

    m_new = new QPushButton(tr("&New resident"), this);
    m_new->setObjectName(QStringLiteral("newResidentButton"));
    m_new->setAccessibleName(tr("New resident"));
    m_new->setToolTip(tr("Add a resident (Ctrl+N)"));
    m_new->setVisible(m_actor.can(Permission::ResidentEdit));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("residentCount"));
    m_count->setProperty("muted", true);

    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("residentNotice"));

    m_model = new ResidentSearchModel(m_ctx.store.database(), this);
    m_table = new DataTable(QStringLiteral("residentResults"), tr("Residents found"), this);
    m_table->setModel(m_model);

    m_open = new QPushButton(m_actor.can(Permission::ResidentEdit) ? tr("&Open") : tr("&View"), this);
    m_open->setObjectName(QStringLiteral("openResidentButton"));
    m_open->setAccessibleName(tr("Open the selected resident"));
    m_open->setToolTip(tr("Open the selected resident (Enter)"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_count, 1);
    bottomRow->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addLayout(searchRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomRow);

    setTabOrder(m_search, m_table->view());
    setTabOrder(m_table->view(), m_open);
    setTabOrder(m_open, m_new);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ResidentsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_unknownCard.clear();
        m_debounce.start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsPage::searchEntered);
    connect(m_table->view(), &QTableView::activated, this, [this](const QModelIndex &) { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &ResidentsPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &ResidentsPage::newResident);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_open->setEnabled(m_model->rowCount() > 0); });
    m_open->setEnabled(false);
    updateCount();
}

QString ResidentsPage::title() const {
    return tr("Residents");
}

QString ResidentsPage::subtitle() const {
    return m_actor.can(Permission::ResidentViewAll)
               ? tr("Find a resident by name, card, phone or postcode, or scan their library card.")
               : tr("The residents you have sessions with.");
}

QWidget *ResidentsPage::focusTarget() const {
    return m_search;
}

void ResidentsPage::refresh() {
    if (!m_search->text().trimmed().isEmpty()) {
        const QString keep = m_model->residentId(m_table->view()->currentIndex().row());
        runSearch();
        selectResident(keep);
    }
}

void ResidentsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ResidentsPage::eventFilter(QObject *watched, QEvent *event) {
    // Down from the search box walks into the results, as in any search list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            if (m_debounce.isActive()) {
                m_debounce.stop();
                runSearch();
            }
            if (m_model->rowCount() > 0) {
                m_table->view()->setFocus(Qt::TabFocusReason);
                if (!m_table->view()->currentIndex().isValid()) {
                    m_table->view()->setCurrentIndex(m_model->index(0, 0));
                }
                return true;
            }
        }
    }
    return SectionPage::eventFilter(watched, event);
}

void ResidentsPage::runSearch() {
    m_debounce.stop();
    m_lastQuery = m_search->text().trimmed();
    if (m_lastQuery.isEmpty()) {
        m_model->clear();
        updateCount();
        return;
    }
    guarded([&] { m_model->search(m_lastQuery, m_actor); });
    if (m_model->rowCount() > 0) {
        m_table->view()->setCurrentIndex(m_model->index(0, 0));
    }
    updateCount();
}

void ResidentsPage::updateCount() {
    const int n = m_model->rowCount();
    if (m_lastQuery.isEmpty()) {
        m_count->setText(QString());
        m_table->setEmptyText(tr("Type part of a name, a card number, a phone number or a postcode."));
    } else if (m_model->limitReached()) {
        m_count->setText(tr("Showing %1 of the residents who match; type more to narrow the search.").arg(n));
    } else {
        m_count->setText(tr("Residents found: %1").arg(n));
        m_table->setEmptyText(tr("No resident matches “%1”.").arg(m_lastQuery));
    }
}

void ResidentsPage::searchEntered() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    m_notice->clearMessage();
    // A scanned card goes straight to its resident.
    std::optional<Resident> byCard;
    guarded([&] { byCard = ResidentRepository(m_ctx.store.database()).byCard(text, m_actor); });
    runSearch();
    if (byCard) {
        selectResident(byCard->id);
        showEditor(*byCard, false);
        return;
    }
    if (m_model->rowCount() == 1) {
        openCurrent();
    } else if (m_model->rowCount() > 1) {
        m_table->view()->setFocus(Qt::OtherFocusReason);
    } else if (looksLikeCard(text)) {
        m_unknownCard = text.toUpper();
        m_notice->showInfo(
            m_actor.can(Permission::ResidentEdit)
                ? tr("No resident has library card %1. Press Ctrl+N to add them with this card.")
                      .arg(m_unknownCard)
                : tr("None of your residents has library card %1.").arg(m_unknownCard));
    }
}

void ResidentsPage::openCurrent() {
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    openResident(m_model->residentId(current.row()));
}

void ResidentsPage::openResident(const QString &residentId) {
    std::optional<Resident> resident;
    const bool read =
        guarded([&] { resident = ResidentRepository(m_ctx.store.database()).byId(residentId, m_actor); });
    if (!read) {
        return;
    }
    if (!resident) {
        m_notice->showError(tr("That resident is no longer available to you. Search again."));
        runSearch();
        return;
    }
    showEditor(*resident, false);
}

void ResidentsPage::newResident() {
    if (!m_actor.can(Permission::ResidentEdit) || m_editor) {
        return;
    }
    Resident fresh;
    fresh.card = m_unknownCard;
    fresh.homeBranchId = m_actor.branchId();
    showEditor(fresh, true);
}

void ResidentsPage::showEditor(const Resident &resident, bool isNew) {
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_notice->clearMessage();
    m_editor = new ResidentEditorDialog(m_ctx, m_actor, resident, isNew, this);
    connect(m_editor, &QDialog::finished, this, &ResidentsPage::editorFinished);
    m_editor->open();
}

void ResidentsPage::editorFinished(int result) {
    ResidentEditorDialog *editor = m_editor;
    m_editor = nullptr;
    if (!editor) {
        return;
    }
    editor->deleteLater();
    // Hand the keyboard back to the desk window explicitly: without a window manager (kiosk sessions)
    // nothing else would, and the next scan would go nowhere.
    activateWindow();
    if (result == QDialog::Accepted && !editor->savedResidentId().isEmpty()) {
        const QString id = editor->savedResidentId();
        if (editor->isNew()) {
            // Show the new resident in the list, found by their card, so the next step is one Enter away.
            m_unknownCard.clear();
            m_search->setText(editor->savedCard());
        }
        runSearch();
        selectResident(id);
        m_notice->showInfo(tr("Saved. %1.").arg(editor->savedSummary()));
        m_table->view()->setFocus(Qt::OtherFocusReason);
    } else {
        m_search->setFocus(Qt::OtherFocusReason);
    }
}

void ResidentsPage::selectResident(const QString &residentId) {
    const int row = m_model->rowOf(residentId);
    if (row >= 0) {
        m_table->view()->setCurrentIndex(m_model->index(row, 0));
        m_table->view()->scrollTo(m_model->index(row, 0));
    }
}
