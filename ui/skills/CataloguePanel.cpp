#include "CataloguePanel.h"
#include "commands/CommandBus.h"

#include "BadgeDialog.h"
#include "DataTable.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "devices/StoreRead.h"
#include "loans/DocumentOutput.h"
#include "skills/BadgeCatalogueCommands.h"
#include "store/Store.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

CataloguePanel::CataloguePanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("cataloguePanel"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_awards = new QLabel(this);
    m_awards->setObjectName(QStringLiteral("awardLevels"));
    m_awards->setProperty("muted", true);
    m_awards->setWordWrap(true);
    m_model =
        new ReadOnlyTableModel({tr("Code"), tr("Badge"), tr("Category"), tr("Points"), tr("Offered")}, this);
    m_model->setNumericColumns({3});
    m_table = new DataTable(QStringLiteral("badgeCatalogue"), tr("Badge catalogue"), this);
    m_table->setModel(m_model);
    m_table->setEmptyText(tr("The badge catalogue is empty. An administrator can load the iDEA catalogue."));

    auto button = [this](const QString &text, const QString &name, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    const bool admin = m_actor.can(Permission::BadgeCatalogueManage);
    // Two rows: at twice the text size one row of seven buttons is wider than the desk.
    auto *buttons = new QHBoxLayout;
    auto *files = new QHBoxLayout;
    if (admin) {
        QPushButton *add =
            button(tr("&Add badge…"), QStringLiteral("addBadge"), tr("Add a badge to the catalogue"));
        QPushButton *edit =
            button(tr("Edit &badge…"), QStringLiteral("editBadge"), tr("Edit the selected badge"));
        QPushButton *award =
            button(tr("Set a&ward…"), QStringLiteral("setAward"), tr("Set an award level's threshold"));
        QPushButton *load =
            button(tr("Load the &shipped iDEA catalogue"), QStringLiteral("loadDefaultCatalogue"),
                   tr("Load the iDEA catalogue shipped with TechMates Desk"));
        QPushButton *import = button(tr("Im&port…"), QStringLiteral("importCatalogue"),
                                     tr("Import a catalogue file (JSON or CSV)"));
        for (QPushButton *b : {add, edit, award}) {
            buttons->addWidget(b);
        }
        files->addWidget(load);
        files->addWidget(import);
        connect(add, &QPushButton::clicked, this, &CataloguePanel::addBadge);
        connect(edit, &QPushButton::clicked, this, &CataloguePanel::editSelected);
        connect(award, &QPushButton::clicked, this, &CataloguePanel::setAward);
        connect(load, &QPushButton::clicked, this, &CataloguePanel::loadDefault);
        connect(import, &QPushButton::clicked, this, &CataloguePanel::importFile);
        connect(m_table->view(), &QTableView::activated, this, &CataloguePanel::editSelected);
    }
    buttons->addStretch(1);
    files->addStretch(1);
    QPushButton *json = button(tr("Export &JSON…"), QStringLiteral("exportCatalogueJson"),
                               tr("Export the catalogue and award levels as JSON"));
    QPushButton *csv =
        button(tr("Export CS&V…"), QStringLiteral("exportCatalogueCsv"), tr("Export the catalogue as CSV"));
    files->addWidget(json);
    files->addWidget(csv);
    connect(json, &QPushButton::clicked, this, [this] { exportFile(false); });
    connect(csv, &QPushButton::clicked, this, [this] { exportFile(true); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_awards);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(files);
}

QWidget *CataloguePanel::focusTarget() const {
    return m_table->view();
}

void CataloguePanel::refresh() {
    QList<Badge> badges;
    QList<AwardLevel> levels;
    StoreRead::run(m_message, [&] {
        const BadgeCatalogue catalogue(m_ctx.store.database());
        badges = catalogue.badges();
        levels = catalogue.awardLevels();
    });
    QList<ReadOnlyTableModel::Row> rows;
    for (const Badge &b : badges) {
        rows.append({{b.code, b.name, b.category, QString::number(b.points), b.active ? tr("Yes") : tr("No")},
                     b.code,
                     false,
                     {b.code, b.name, b.category, b.points, b.active}});
    }
    m_model->setRows(rows);
    m_table->fitColumns();
    QStringList text;
    for (const AwardLevel &a : levels) {
        text.append(tr("%1 from %2 points").arg(a.name).arg(a.threshold));
    }
    m_awards->setText(text.isEmpty() ? tr("No award levels are set.")
                                     : tr("Awards: %1.").arg(text.join(QStringLiteral(", "))));
}

bool CataloguePanel::runAndReport(Command &command) {
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return false;
    }
    m_message->showInfo(r.message());
    refresh();
    emit catalogueChanged();
    return true;
}

void CataloguePanel::addBadge() {
    QStringList categories;
    StoreRead::run(m_message, [&] { categories = BadgeCatalogue(m_ctx.store.database()).categories(); });
    BadgeDialog dialog(categories, std::nullopt, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Badge b = dialog.badge();
        if (BadgeCatalogue(m_ctx.store.database()).byCode(b.code)) {
            dialog.showError(tr("There is already a badge %1; edit it instead.")
                                 .arg(BadgeCatalogue::normaliseCode(b.code)));
            continue;
        }
        SaveBadgeCommand command(b);
        const CommandResult r = m_ctx.bus.execute(command, m_actor);
        if (r.ok()) {
            m_message->showInfo(r.message());
            refresh();
            emit catalogueChanged();
            return;
        }
        dialog.showError(r.message());
    }
}

void CataloguePanel::editSelected() {
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid()) {
        m_message->showError(tr("Choose the badge to edit first."));
        return;
    }
    const QModelIndex source = current; // ReadOnlyTableModel rows are shown as they are
    std::optional<Badge> badge;
    StoreRead::run(m_message, [&] {
        badge = BadgeCatalogue(m_ctx.store.database()).byCode(m_model->row(source.row()).key);
    });
    if (!badge) {
        return;
    }
    BadgeDialog dialog(BadgeCatalogue(m_ctx.store.database()).categories(), badge, this);
    while (dialog.exec() == QDialog::Accepted) {
        SaveBadgeCommand command(dialog.badge());
        const CommandResult r = m_ctx.bus.execute(command, m_actor);
        if (r.ok()) {
            m_message->showInfo(r.message());
            refresh();
            emit catalogueChanged();
            return;
        }
        dialog.showError(r.message());
    }
}

void CataloguePanel::setAward() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Set an award level"), tr("Award name (for example Silver or Gold):"),
                              QLineEdit::Normal, QStringLiteral("Silver"), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    const std::optional<AwardLevel> current = BadgeCatalogue(m_ctx.store.database()).awardLevel(name);
    const int threshold = QInputDialog::getInt(this, tr("Set an award level"),
                                               tr("Points needed for %1:").arg(name.simplified()),
                                               current ? current->threshold : 500, 1, 100000, 10, &ok);
    if (!ok) {
        return;
    }
    SaveAwardLevelCommand command({QString(), name, threshold, 0});
    runAndReport(command);
}

void CataloguePanel::loadDefault() {
    const BadgeCatalogueFile file = BadgeCatalogueFile::defaultCatalogue();
    if (!file.ok()) {
        m_message->showError(file.problems.join(QLatin1Char('\n')));
        return;
    }
    ImportBadgeCatalogueCommand command(file.badges, file.awardLevels);
    runAndReport(command);
}

void CataloguePanel::importFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a badge catalogue"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("Badge catalogues (*.json *.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("The file cannot be read: %1").arg(f.errorString()));
        return;
    }
    const BadgeCatalogueFile file =
        BadgeCatalogueFile::parse(f.read(BadgeCatalogueFile::kMaxBytes + 1), path);
    if (!file.ok()) {
        m_message->showError(
            tr("Nothing was imported:\n%1").arg(file.problems.mid(0, 12).join(QLatin1Char('\n'))));
        return;
    }
    ImportBadgeCatalogueCommand command(file.badges, file.awardLevels);
    runAndReport(command);
}

void CataloguePanel::exportFile(bool csv) {
    const QString suggested = csv ? tr("badge-catalogue.csv") : tr("badge-catalogue.json");
    const QString path = csv ? DocumentOutput::askCsvPath(this, tr("Export the badge catalogue"), suggested)
                             : QFileDialog::getSaveFileName(
                                   this, tr("Export the badge catalogue"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                       QLatin1Char('/') + suggested,
                                   tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QByteArray bytes;
    StoreRead::run(m_message, [&] {
        const BadgeCatalogue catalogue(m_ctx.store.database());
        bytes = csv ? BadgeCatalogueFile::toCsv(catalogue.badges())
                    : BadgeCatalogueFile::toJson(catalogue.badges(), catalogue.awardLevels());
    });
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_message->showError(tr("The file cannot be written: %1").arg(out.errorString()));
        return;
    }
    m_message->showInfo(tr("Exported to %1.").arg(path));
}
