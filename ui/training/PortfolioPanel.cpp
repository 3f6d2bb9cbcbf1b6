#include "PortfolioPanel.h"

#include "DisplayFormat.h"
#include "EvidenceDialog.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "devices/StoreRead.h"
#include "loans/DocumentOutput.h"
#include "store/Store.h"
#include "training/EvidenceStore.h"
#include "training/TrainingCommands.h"
#include "views/ServiceSettings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Roles { UnitRole = Qt::UserRole + 1, OutcomeRole, EvidenceRole, KeyRole };
}

PortfolioPanel::PortfolioPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("portfolioPanel"));
    auto *traineeLabel = new QLabel(tr("&Volunteer:"), this);
    m_trainee = new QComboBox(this);
    m_trainee->setObjectName(QStringLiteral("traineeChoice"));
    m_trainee->setAccessibleName(tr("Volunteer whose portfolio is shown"));
    m_trainee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trainee->setMinimumContentsLength(24);
    traineeLabel->setBuddy(m_trainee);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pathwayProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("portfolioStatus"));
    m_status->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("portfolioMessage"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("portfolioTree"));
    m_tree->setAccessibleName(tr("Units, outcomes and evidence"));
    m_tree->setHeaderLabels({tr("Unit / outcome / evidence"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);

    auto button = [this](const QString &text, const QString &name, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    m_addEvidence = button(tr("Add &evidence…"), QStringLiteral("addEvidence"),
                           tr("Add evidence for the selected outcome"));
    m_signOff = button(tr("&Sign off outcome"), QStringLiteral("signOffOutcome"),
                       tr("Sign off the selected outcome"));
    m_verify =
        button(tr("Verif&y unit"), QStringLiteral("verifyUnit"), tr("Verify the selected achieved unit"));
    m_open = button(tr("Ope&n file"), QStringLiteral("openEvidence"), tr("Open the selected evidence file"));
    m_print = button(tr("&Print…"), QStringLiteral("printPortfolio"), tr("Print the portfolio"));
    m_pdf = button(tr("Save as PD&F…"), QStringLiteral("portfolioPdf"), tr("Save the portfolio as PDF"));
    m_signOff->setVisible(m_actor.can(Permission::TrainingAssess));
    m_verify->setVisible(m_actor.can(Permission::TrainingVerify));
    m_addEvidence->setVisible(m_actor.can(Permission::TrainingOwn) ||
                              m_actor.can(Permission::TrainingAssess));

    auto *top = new QHBoxLayout;
    top->addWidget(traineeLabel);
    top->addWidget(m_trainee, 1);
    top->addWidget(m_progress, 1);
    // Two rows of three: six buttons in one row are wider than the desk at twice the text size.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addEvidence, m_signOff, m_verify}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *documents = new QHBoxLayout;
    documents->addWidget(m_open);
    documents->addStretch(1);
    documents->addWidget(m_print);
    documents->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(documents);

    connect(m_trainee, &QComboBox::activated, this,
            [this] { showVolunteer(m_trainee->currentData().toString()); });
    connect(m_addEvidence, &QPushButton::clicked, this, &PortfolioPanel::addEvidence);
    connect(m_signOff, &QPushButton::clicked, this, &PortfolioPanel::signOff);
    connect(m_verify, &QPushButton::clicked, this, &PortfolioPanel::verifyUnit);
    connect(m_open, &QPushButton::clicked, this, &PortfolioPanel::openEvidence);
    connect(m_print, &QPushButton::clicked, this, &PortfolioPanel::printPortfolio);
    connect(m_pdf, &QPushButton::clicked, this, &PortfolioPanel::savePdf);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        int u = -1, o = -1, e = -1;
        if (selection(&u, &o, &e) && e >= 0) {
            openEvidence();
        }
    });
}

QWidget *PortfolioPanel::focusTarget() const {
    return m_tree;
}

void PortfolioPanel::loadTrainees() {
    const QString keep = m_trainee->currentData().toString();
    m_trainee->clear();
    QList<TraineeRow> rows;
    StoreRead::run(m_message, [&] { rows = TrainingQueries(m_ctx.store.database()).trainees(m_actor); });
    QSet<QString> seen;
    for (const TraineeRow &r : rows) {
        if (!seen.contains(r.volunteerId)) {
            seen.insert(r.volunteerId);
            m_trainee->addItem(r.awaitingSignOff > 0
                                   ? tr("%1 (%2 awaiting sign-off)").arg(r.name).arg(r.awaitingSignOff)
                                   : r.name,
                               r.volunteerId);
        }
    }
    m_trainee->setEnabled(TrainingQueries::seesEveryone(m_actor));
    const int index = m_trainee->findData(keep.isEmpty() ? m_actor.volunteerId() : keep);
    m_trainee->setCurrentIndex(index >= 0 ? index : 0);
}

void PortfolioPanel::refresh() {
    loadTrainees();
    showVolunteer(m_trainee->currentData().toString());
}

void PortfolioPanel::showVolunteer(const QString &volunteerId) {
    const int index = m_trainee->findData(volunteerId);
    if (index >= 0) {
        m_trainee->setCurrentIndex(index);
    }
    m_portfolio.reset();
    if (!volunteerId.isEmpty()) {
        StoreRead::run(m_message, [&] {
            m_portfolio = TrainingQueries(m_ctx.store.database()).portfolio(volunteerId, m_actor);
        });
    }
    fill();
}

void PortfolioPanel::fill() {
    QString key;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        key = current->data(0, KeyRole).toString();
    }
    m_tree->clear();
    const bool have = m_portfolio.has_value();
    for (QPushButton *b : {m_addEvidence, m_signOff, m_verify, m_open, m_print, m_pdf}) {
        b->setEnabled(have);
    }
    if (!have) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_status->setText(TrainingQueries::seesEveryone(m_actor)
                              ? tr("Nobody is enrolled yet: enrol volunteers on the Trainees tab.")
                              : tr("You are not enrolled on a training pathway yet. Ask your coordinator."));
        return;
    }
    const Portfolio &p = *m_portfolio;
    m_progress->setRange(0, std::max<int>(1, int(p.units.size())));
    m_progress->setValue(p.achievedUnits());
    m_progress->setFormat(tr("%1 of %2 units achieved").arg(p.achievedUnits()).arg(p.units.size()));
    m_progress->setAccessibleName(m_progress->format());
    QStringList status;
    for (const Portfolio::Enrolment &e : p.enrolments) {
        status.append(e.graduatedOn.isValid()
                          ? tr("%1: graduated %2").arg(e.pathwayName, DisplayFormat::date(e.graduatedOn))
                          : tr("%1: enrolled %2").arg(e.pathwayName, DisplayFormat::date(e.enrolledOn)));
    }
    m_status->setText(status.join(QStringLiteral(" · ")));
    for (int u = 0; u < p.units.size(); ++u) {
        const UnitProgress &unit = p.units.at(u);
        QString unitStatus;
        if (unit.achieved()) {
            unitStatus =
                unit.verified()
                    ? tr("Achieved %1, verified").arg(DisplayFormat::date(unit.achievedOn))
                    : tr("Achieved %1, awaiting verification").arg(DisplayFormat::date(unit.achievedOn));
            if (!unit.certificateNumber.isEmpty()) {
                unitStatus += tr(", certificate %1").arg(unit.certificateNumber);
            }
        } else {
            unitStatus = tr("%1 of %2 outcomes signed off").arg(unit.signedOff()).arg(unit.outcomes.size());
        }
        auto *unitItem = new QTreeWidgetItem(
            m_tree, {tr("%1 %2 (%3)").arg(unit.unit.code, unit.unit.title, unit.unit.level), unitStatus});
        unitItem->setData(0, UnitRole, u);
        unitItem->setData(0, OutcomeRole, -1);
        unitItem->setData(0, EvidenceRole, -1);
        unitItem->setData(0, KeyRole, unit.unit.id);
        for (int o = 0; o < unit.outcomes.size(); ++o) {
            const OutcomeProgress &op = unit.outcomes.at(o);
            const QString oStatus =
                op.signedOff()
                    ? tr("Signed off by %1, %2").arg(op.signedOffBy, DisplayFormat::dateTime(op.signedAt))
                : op.evidence.isEmpty()
                    ? tr("No evidence yet")
                    : tr("%1 piece(s) of evidence, awaiting sign-off").arg(op.evidence.size());
            auto *outcomeItem = new QTreeWidgetItem(
                unitItem,
                {tr("%1.%2 %3").arg(unit.unit.code).arg(op.outcome.seq).arg(op.outcome.wording), oStatus});
            outcomeItem->setData(0, UnitRole, u);
            outcomeItem->setData(0, OutcomeRole, o);
            outcomeItem->setData(0, EvidenceRole, -1);
            outcomeItem->setData(0, KeyRole, op.outcome.id);
            outcomeItem->setToolTip(0, tr("Evidence needed: %1").arg(op.outcome.evidenceNeeded));
            for (int e = 0; e < op.evidence.size(); ++e) {
                const EvidenceItem &ev = op.evidence.at(e);
                QString text = ev.kind == QLatin1String("observation") ? tr("Observation")
                               : ev.kind == QLatin1String("file")      ? tr("File")
                               : ev.kind == QLatin1String("photo")     ? tr("Photo")
                                                                       : tr("Note");
                if (!ev.fileName.isEmpty()) {
                    text += QStringLiteral(": ") + ev.fileName.section(QLatin1Char('/'), -1);
                }
                if (!ev.note.isEmpty()) {
                    text += QStringLiteral(": ") + ev.note.left(160);
                }
                auto *evItem = new QTreeWidgetItem(
                    outcomeItem,
                    {text, tr("%1, by %2").arg(DisplayFormat::dateTime(ev.createdAt), ev.authorName)});
                evItem->setData(0, UnitRole, u);
                evItem->setData(0, OutcomeRole, o);
                evItem->setData(0, EvidenceRole, e);
                evItem->setData(0, KeyRole, ev.id);
            }
        }
        unitItem->setExpanded(!unit.achieved());
    }
    m_tree->resizeColumnToContents(1);
    reselect(key);
}

void PortfolioPanel::reselect(const QString &key) {
    QTreeWidgetItemIterator it(m_tree);
    QTreeWidgetItem *first = nullptr;
    while (*it) {
        first = first ? first : *it;
        if (!key.isEmpty() && (*it)->data(0, KeyRole).toString() == key) {
            m_tree->setCurrentItem(*it);
            return;
        }
        ++it;
    }
    if (first) {
        m_tree->setCurrentItem(first);
    }
}

bool PortfolioPanel::selection(int *unit, int *outcome, int *evidence) const {
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_portfolio) {
        return false;
    }
    *unit = item->data(0, UnitRole).toInt();
    *outcome = item->data(0, OutcomeRole).toInt();
    *evidence = item->data(0, EvidenceRole).toInt();
    return true;
}

void PortfolioPanel::addEvidence() {
    int u = -1, o = -1, e = -1;
    if (!selection(&u, &o, &e) || o < 0) {
        m_message->showError(tr("Choose the outcome the evidence is for."));
        return;
    }
    const OutcomeProgress &op = m_portfolio->units.at(u).outcomes.at(o);
    const bool own = m_actor.volunteerId() == m_portfolio->volunteerId;
    EvidenceDialog dialog(
        tr("%1.%2 %3").arg(m_portfolio->units.at(u).unit.code).arg(op.outcome.seq).arg(op.outcome.wording),
        op.outcome.evidenceNeeded, !own, this);
    while (dialog.exec() == QDialog::Accepted) {
        AddEvidenceCommand command({m_portfolio->volunteerId,
                                    op.outcome.id,
                                    dialog.kind(),
                                    dialog.note(),
                                    dialog.filePath(),
                                    !own,
                                    {},
                                    {},
                                    0});
        const CommandResult r = m_ctx.bus.execute(command, m_actor);
        if (r.ok()) {
            m_message->showInfo(r.message());
            showVolunteer(m_portfolio->volunteerId);
            emit trainingChanged();
            return;
        }
        command.discardCopiedFile();
        dialog.showError(r.message());
    }
}

void PortfolioPanel::signOff() {
    int u = -1, o = -1, e = -1;
    if (!selection(&u, &o, &e) || o < 0) {
        m_message->showError(tr("Choose the outcome to sign off."));
        return;
    }
    SignOffOutcomeCommand command(m_portfolio->volunteerId,
                                  m_portfolio->units.at(u).outcomes.at(o).outcome.id);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    QStringList lines{r.message()};
    lines += r.warnings();
    m_message->showInfo(lines.join(QLatin1Char(' ')));
    showVolunteer(m_portfolio->volunteerId);
    emit trainingChanged();
}

void PortfolioPanel::verifyUnit() {
    int u = -1, o = -1, e = -1;
    if (!selection(&u, &o, &e)) {
        m_message->showError(tr("Choose the unit to verify."));
        return;
    }
    VerifyUnitCommand command(m_portfolio->volunteerId, m_portfolio->units.at(u).unit.code);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    showVolunteer(m_portfolio->volunteerId);
    emit trainingChanged();
}

void PortfolioPanel::openEvidence() {
    int u = -1, o = -1, e = -1;
    if (!selection(&u, &o, &e) || e < 0) {
        m_message->showError(tr("Choose a piece of evidence with a file."));
        return;
    }
    const EvidenceItem &ev = m_portfolio->units.at(u).outcomes.at(o).evidence.at(e);
    if (ev.fileName.isEmpty()) {
        m_message->showInfo(ev.note);
        return;
    }
    const EvidenceStore files(m_ctx.store.path());
    if (!files.verify(ev.fileName, ev.sha256)) {
        m_message->showError(
            tr("The file %1 is missing from this desk's evidence folder or has changed since it was "
               "added (its checksum does not match).")
                .arg(ev.fileName.section(QLatin1Char('/'), -1)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(files.absolutePath(ev.fileName)));
}

void PortfolioPanel::printPortfolio() {
    if (!m_portfolio) {
        return;
    }
    QTextDocument doc;
    doc.setHtml(TrainingQueries::portfolioHtml(*m_portfolio, m_ctx.clock.today(),
                                               ServiceSettings::councilName(m_ctx.store.database())));
    DocumentOutput::print(doc, tr("Training portfolio — %1").arg(m_portfolio->volunteerName), this);
}

void PortfolioPanel::savePdf() {
    if (!m_portfolio) {
        return;
    }
    const QString path = DocumentOutput::askPdfPath(this, tr("Save the training portfolio"),
                                                    tr("Portfolio %1.pdf").arg(m_portfolio->volunteerName));
    if (path.isEmpty()) {
        return;
    }
    QTextDocument doc;
    doc.setHtml(TrainingQueries::portfolioHtml(*m_portfolio, m_ctx.clock.today(),
                                               ServiceSettings::councilName(m_ctx.store.database())));
    QString error;
    if (DocumentOutput::writePdf(doc, path, tr("Training portfolio — %1").arg(m_portfolio->volunteerName),
                                 &error)) {
        m_message->showInfo(tr("Saved %1.").arg(path));
    } else {
        m_message->showError(error);
    }
}
