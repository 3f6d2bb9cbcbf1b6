#include "LearnerPanel.h"
#include "commands/CommandBus.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "core/Clock.h"
#include "devices/StoreRead.h"
#include "loans/DocumentOutput.h"
#include "loans/FormField.h"
#include "skills/BadgeCatalogue.h"
#include "skills/BadgeCommands.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "views/ServiceSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

LearnerPanel::LearnerPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("learnerPanel"));

    auto *findLabel =
        new QLabel(tr("&Find a learner (scan a card, or type an id or part of a name, then Enter):"), this);
    m_find = new FormField(QStringLiteral("learnerFind"), tr("Learner's card, id or name"), this);
    m_find->setPlaceholderText(tr("Library card, id or name"));
    findLabel->setBuddy(m_find);
    findLabel->setWordWrap(true);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("learnerMatches"));
    m_matches->setAccessibleName(tr("Learners matching the search"));
    m_matches->setMaximumHeight(110);
    m_matches->hide();
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("learnerMessage"));

    m_learnerName = new QLabel(this);
    m_learnerName->setObjectName(QStringLiteral("learnerName"));
    m_learnerName->setProperty("heading", true);

    // Recording a badge.
    auto *recordBox = new QGroupBox(tr("Record a badge"), this);
    m_badge = new QComboBox(recordBox);
    m_badge->setObjectName(QStringLiteral("badgeChoice"));
    m_badge->setAccessibleName(tr("Badge"));
    m_badge->setEditable(true);
    m_badge->setInsertPolicy(QComboBox::NoInsert);
    // Long badge names must not set the page's width (the desk fits 1400 px at twice the text size).
    m_badge->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_badge->setMinimumContentsLength(16);
    m_date = new QDateEdit(recordBox);
    m_date->setObjectName(QStringLiteral("badgeDate"));
    m_date->setAccessibleName(tr("Date achieved"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_supportedBy = new QComboBox(recordBox);
    m_supportedBy->setObjectName(QStringLiteral("supportedBy"));
    m_supportedBy->setAccessibleName(tr("TechMate who supported the badge"));
    m_supportedBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_supportedBy->setMinimumContentsLength(16);
    m_record = new QPushButton(tr("&Record badge"), recordBox);
    m_record->setObjectName(QStringLiteral("recordBadge"));
    m_record->setAccessibleName(tr("Record the badge for this learner"));
    auto *recordForm = new QFormLayout(recordBox);
    recordForm->addRow(tr("&Badge"), m_badge);
    recordForm->addRow(tr("Da&te achieved"), m_date);
    recordForm->addRow(tr("&Supported by"), m_supportedBy);
    recordForm->addRow(QString(), m_record);

    // Progress.
    auto *progressBox = new QGroupBox(tr("Progress"), this);
    m_summary = new QLabel(progressBox);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Progress summary"));
    m_bars = new QWidget(progressBox);
    m_barsLayout = new QVBoxLayout(m_bars);
    m_barsLayout->setContentsMargins(0, 0, 0, 0);
    auto *progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addWidget(m_summary);
    progressLayout->addWidget(m_bars);
    progressLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(recordBox, 1);
    top->addWidget(progressBox, 1);

    m_badgesModel =
        new ReadOnlyTableModel({tr("Achieved"), tr("Code"), tr("Badge"), tr("Category"), tr("Points"),
                                tr("Supported by"), tr("Recorded by"), tr("Source")},
                               this);
    m_badgesModel->setNumericColumns({4});
    m_badges = new DataTable(QStringLiteral("learnerBadges"), tr("The learner's badges"), this);
    m_badges->setModel(m_badgesModel);
    m_badges->setEmptyText(tr("No badges yet."));
    m_revoke = new QPushButton(tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeBadge"));
    m_revoke->setAccessibleName(tr("Revoke the selected badge"));
    m_print = new QPushButton(tr("&Print summary…"), this);
    m_print->setObjectName(QStringLiteral("printSummary"));
    m_print->setAccessibleName(tr("Print the learner's progress summary"));
    m_pdf = new QPushButton(tr("Summar&y as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("summaryPdf"));
    m_pdf->setAccessibleName(tr("Save the learner's progress summary as PDF"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);

    m_learnerArea = new QWidget(this);
    auto *area = new QVBoxLayout(m_learnerArea);
    area->setContentsMargins(0, 0, 0, 0);
    area->addWidget(m_learnerName);
    area->addLayout(top);
    area->addWidget(m_badges, 1);
    area->addLayout(buttons);
    m_learnerArea->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(findLabel);
    layout->addWidget(m_find);
    layout->addWidget(m_matches);
    layout->addWidget(m_message);
    layout->addWidget(m_learnerArea, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &LearnerPanel::findLearner);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_matches->row(item);
        if (row >= 0 && row < m_matchList.size()) {
            showLearner(m_matchList.at(row));
        }
    });
    connect(m_badge->lineEdit(), &QLineEdit::returnPressed, this, &LearnerPanel::recordBadge);
    connect(m_record, &QPushButton::clicked, this, &LearnerPanel::recordBadge);
    connect(m_revoke, &QPushButton::clicked, this, &LearnerPanel::revokeSelected);
    connect(m_print, &QPushButton::clicked, this, &LearnerPanel::printSummary);
    connect(m_pdf, &QPushButton::clicked, this, &LearnerPanel::saveSummaryPdf);
    loadChoices();
}

QWidget *LearnerPanel::focusTarget() const {
    return m_find;
}

void LearnerPanel::loadChoices() {
    const QString keep = m_badge->currentData().toString();
    m_badge->clear();
    m_supportedBy->clear();
    m_supportedBy->addItem(tr("Nobody (recorded at the desk)"), QString());
    StoreRead::run(m_message, [&] {
        for (const Badge &b : BadgeCatalogue(m_ctx.store.database()).badges(true)) {
            m_badge->addItem(tr("%1 — %2 (%3, %4 points)").arg(b.code, b.name, b.category).arg(b.points),
                             b.code);
        }
        Sql q(m_ctx.store.database(),
              QStringLiteral("SELECT id, given_name || ' ' || family_name FROM volunteers "
                             "WHERE deleted = 0 AND anonymised = 0 AND status = 'active' "
                             "ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE"));
        q.exec();
        while (q.next()) {
            m_supportedBy->addItem(q.value(1).toString(), q.value(0).toString());
        }
    });
    const int kept = m_badge->findData(keep);
    m_badge->setCurrentIndex(kept >= 0 ? kept : 0);
    // A TechMate recording a badge is the one who supported it.
    const int self = m_supportedBy->findData(m_actor.volunteerId());
    if (!m_actor.volunteerId().isEmpty() && self >= 0) {
        m_supportedBy->setCurrentIndex(self);
    }
    const QDate today = m_ctx.clock.today();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
}

void LearnerPanel::refresh() {
    loadChoices();
    if (m_learner.isValid()) {
        showLearner(m_learner);
    }
}

void LearnerPanel::findLearner() {
    const QString text = m_find->text().trimmed();
    m_matches->clear();
    m_matchList.clear();
    m_matches->hide();
    if (text.isEmpty()) {
        m_message->showError(tr("Scan the learner's card or type their name."));
        return;
    }
    const LearnerDirectory directory(m_ctx.store.database());
    QString error;
    std::optional<Learner> found;
    StoreRead::run(m_message, [&] {
        found = directory.resolve(text, m_actor, &error);
        if (!found) {
            m_matchList = directory.search(text, m_actor, 30);
        }
    });
    if (found) {
        showLearner(*found);
        return;
    }
    if (m_matchList.size() == 1) {
        showLearner(m_matchList.first());
        return;
    }
    if (m_matchList.isEmpty()) {
        m_message->showError(error);
        return;
    }
    for (const Learner &l : m_matchList) {
        m_matches->addItem(tr("%1 — %2%3")
                               .arg(l.name, DisplayFormat::learnerKind(l.kind),
                                    l.card.isEmpty() ? QString() : tr(", %1").arg(l.card)));
    }
    m_matches->show();
    m_matches->setCurrentRow(0);
    m_matches->setFocus();
    m_message->showInfo(
        tr("%1 learners match; choose one with the arrow keys and Enter.").arg(m_matchList.size()));
}

void LearnerPanel::showLearner(const Learner &learner) {
    m_matches->hide();
    m_learner = learner;
    std::optional<LearnerProgress> progress;
    StoreRead::run(m_message, [&] {
        progress = SkillsProgress(m_ctx.store.database()).progress(learner.kind, learner.id, m_actor);
    });
    if (!progress) {
        m_learnerArea->setEnabled(false);
        return;
    }
    m_progress = progress;
    m_learnerName->setText(tr("%1 (%2%3)")
                               .arg(learner.name, DisplayFormat::learnerKind(learner.kind),
                                    learner.card.isEmpty() ? QString() : tr(", %1").arg(learner.card)));
    m_learnerArea->setEnabled(true);
    showProgress();
    m_badge->setFocus();
}

void LearnerPanel::showProgress() {
    const LearnerProgress &p = *m_progress;
    QString line = tr("%1 points from %2 badge(s).").arg(p.points).arg(p.badgeCount());
    line += QLatin1Char(' ');
    line += p.award.isEmpty() ? tr("No award yet.") : tr("%1 reached.").arg(p.award);
    line += QLatin1Char(' ');
    line += p.nextAward.isEmpty() ? tr("Every award reached.")
                                  : tr("%1 more points for %2.").arg(p.pointsNeeded).arg(p.nextAward);
    m_summary->setText(line);

    while (QLayoutItem *item = m_barsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // One bar per award (reached ones full, with the date), then points per category against the highest
    // award.
    const int top = p.awards.isEmpty() ? std::max(1, p.points) : p.awards.last().threshold;
    for (const AwardReached &a : p.awards) {
        auto *bar = new QProgressBar(m_bars);
        bar->setObjectName(QStringLiteral("awardBar_") + a.name);
        bar->setRange(0, a.threshold);
        bar->setValue(std::min(p.points, a.threshold));
        const QString text = a.reachedOn.isValid()
                                 ? tr("%1: reached %2").arg(a.name, DisplayFormat::date(a.reachedOn))
                                 : tr("%1: %2 of %3 points").arg(a.name).arg(p.points).arg(a.threshold);
        bar->setFormat(text);
        bar->setAccessibleName(text);
        m_barsLayout->addWidget(bar);
    }
    auto *categories = new QLabel(tr("Points by category"), m_bars);
    categories->setProperty("muted", true);
    m_barsLayout->addWidget(categories);
    for (auto it = p.pointsByCategory.cbegin(); it != p.pointsByCategory.cend(); ++it) {
        auto *bar = new QProgressBar(m_bars);
        bar->setObjectName(QStringLiteral("categoryBar_") + it.key());
        bar->setRange(0, top);
        bar->setValue(std::min(it.value(), top));
        bar->setFormat(tr("%1: %2 points").arg(it.key()).arg(it.value()));
        bar->setAccessibleName(bar->format());
        m_barsLayout->addWidget(bar);
    }
    if (p.pointsByCategory.isEmpty()) {
        categories->setText(tr("No points yet."));
    }

    QList<ReadOnlyTableModel::Row> rows;
    for (const LearnerBadge &b : p.badges) {
        rows.append(
            {{DisplayFormat::date(b.achievedOn), b.code, b.revoked ? tr("%1 (revoked)").arg(b.name) : b.name,
              b.category, QString::number(b.points), b.supportedBy, b.recordedBy,
              b.source == QLatin1String("import") ? tr("Import") : tr("Desk")},
             b.achievementId,
             b.revoked,
             {b.achievedOn, b.code, b.name, b.category, b.points}});
    }
    m_badgesModel->setRows(rows);
    m_badges->fitColumns();
}

void LearnerPanel::recordBadge() {
    if (!m_learner.isValid()) {
        m_message->showError(tr("Find the learner first."));
        return;
    }
    // Every choice reads "CODE — name …"; a code typed (or scanned from a badge list) works the same way.
    const QString code = m_badge->currentText().section(QStringLiteral(" — "), 0, 0).trimmed();
    BadgeEntry e;
    e.learnerKind = m_learner.kind;
    e.learnerId = m_learner.id;
    e.badgeCode = code;
    e.achievedOn = m_date->date();
    e.supportedBy = m_supportedBy->currentData().toString();
    RecordBadgeCommand command(e);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(tr("%1 for %2.").arg(r.message().chopped(1), m_learner.name));
    showLearner(m_learner);
    emit badgesChanged();
}

void LearnerPanel::revokeSelected() {
    const QModelIndex current = m_badges->view()->currentIndex();
    if (!current.isValid()) {
        m_message->showError(tr("Choose the badge to revoke in the list first."));
        return;
    }
    const QString id = m_badgesModel->row(current.row()).key;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke a badge"),
                                                 tr("Why is this badge revoked? (kept with the record)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    RevokeBadgeCommand command(id, reason);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    showLearner(m_learner);
    emit badgesChanged();
}

QString LearnerPanel::summaryHtml() const {
    return SkillsProgress::summaryHtml(*m_progress, m_ctx.clock.today(),
                                       ServiceSettings::councilName(m_ctx.store.database()));
}

void LearnerPanel::printSummary() {
    if (!m_progress) {
        return;
    }
    QTextDocument doc;
    doc.setHtml(summaryHtml());
    DocumentOutput::print(doc, tr("iDEA progress — %1").arg(m_learner.name), this);
}

void LearnerPanel::saveSummaryPdf() {
    if (!m_progress) {
        return;
    }
    const QString path = DocumentOutput::askPdfPath(this, tr("Save the progress summary"),
                                                    tr("iDEA progress %1.pdf").arg(m_learner.name));
    if (path.isEmpty()) {
        return;
    }
    QTextDocument doc;
    doc.setHtml(summaryHtml());
    QString error;
    if (DocumentOutput::writePdf(doc, path, tr("iDEA progress — %1").arg(m_learner.name), &error)) {
        m_message->showInfo(tr("Saved %1.").arg(path));
    } else {
        m_message->showError(error);
    }
}
