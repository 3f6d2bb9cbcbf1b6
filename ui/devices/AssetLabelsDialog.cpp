#include "AssetLabelsDialog.h"

#include "DeskStyle.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "StoreRead.h"
#include "store/Store.h"
#include "views/ServiceSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

AssetLabelsDialog::AssetLabelsDialog(DeskContext &ctx, Actor actor, QList<Device> devices,
                                     const QSet<QString> &ticked, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_devices(std::move(devices)) {
    setObjectName(QStringLiteral("assetLabelsDialog"));
    setWindowTitle(tr("Print asset labels"));

    auto *heading = new QLabel(tr("Asset labels"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    auto *hint =
        new QLabel(tr("Tick the devices to label (Space ticks the highlighted one). Labels are 70 × 37 mm, "
                      "24 to an A4 sheet."),
                   this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("labelsMessage"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("labelDevices"));
    m_list->setAccessibleName(tr("Devices to label"));
    for (const Device &d : m_devices) {
        // The tag and type are what the label says; the serial tells two of a kind apart.
        auto *item =
            new QListWidgetItem(d.serial.isEmpty() ? tr("%1 — %2").arg(d.tag, d.type.name)
                                                   : tr("%1 — %2 — %3").arg(d.tag, d.type.name, d.serial),
                                m_list);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *listLabel = new QLabel(tr("De&vices"), this);
    listLabel->setBuddy(m_list);
    QPushButton *all =
        FormFields::button(this, tr("Tick &all"), QStringLiteral("labelsTickAll"), tr("Tick every device"));
    QPushButton *none = FormFields::button(this, tr("&Untick all"), QStringLiteral("labelsTickNone"),
                                           tr("Untick every device"));
    connect(all, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllTicked(false); });

    auto *options = new QWidget(this);
    auto *form = FormFields::form(options);
    form->setContentsMargins(0, 0, 0, 0);
    m_council =
        FormFields::line(options, QStringLiteral("labelCouncil"), tr("Council name for the labels"), 80, 20);
    m_council->setPlaceholderText(tr("e.g. Kirkbeck"));
    StoreRead::run(m_message,
                   [&] { m_council->setText(ServiceSettings::councilName(m_ctx.store.database())); });
    m_start = new QSpinBox(options);
    m_start->setObjectName(QStringLiteral("labelStart"));
    m_start->setAccessibleName(tr("First free label on the sheet"));
    m_start->setRange(1, LabelSheet::kPerPage);
    m_start->setToolTip(tr("To use up a part-used sheet: labels are counted along each row, top row first"));
    FormFields::addRow(form, tr("&Council"), m_council);
    FormFields::addRow(form, tr("&Start at label"), m_start);
    m_count = new QLabel(options);
    m_count->setObjectName(QStringLiteral("labelsCount"));
    m_count->setProperty("muted", true);
    m_count->setWordWrap(true);
    form->addRow(m_count);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("labelsPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    // The preview follows the room the dialog gives it (a message above can take some) instead of forcing
    // the dialog's size.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setMinimumSize(fontMetrics().averageCharWidth() * 30, fontMetrics().lineSpacing() * 16);
    m_preview->installEventFilter(this);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("labelsPrintButton"));
    print->setAccessibleName(tr("Print the labels"));
    print->setDefault(true);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("labelsPdfButton"));
    pdf->setAccessibleName(tr("Save the labels as a PDF file"));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("labelsCloseButton"));
    close->setAccessibleName(tr("Close"));
    connect(print, &QPushButton::clicked, this, &AssetLabelsDialog::print);
    connect(pdf, &QPushButton::clicked, this, &AssetLabelsDialog::chooseAndSavePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssetLabelsDialog::reject);

    auto *tickRow = new QHBoxLayout;
    tickRow->addWidget(all);
    tickRow->addWidget(none);
    tickRow->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(tickRow);
    left->addWidget(options);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 3);
    columns->addWidget(m_preview, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::itemChanged, this, &AssetLabelsDialog::updatePreview);
    connect(m_council, &QLineEdit::textChanged, this, &AssetLabelsDialog::updatePreview);
    connect(m_start, &QSpinBox::valueChanged, this, &AssetLabelsDialog::updatePreview);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 36);
    m_list->setFocus(Qt::OtherFocusReason);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updatePreview();
}

QString AssetLabelsDialog::ownerLine() const {
    return tr("Property of %1 Libraries").arg(m_council->text().simplified());
}

int AssetLabelsDialog::firstPosition() const {
    return m_start->value() - 1;
}

void AssetLabelsDialog::setAllTicked(bool ticked) {
    for (int i = 0; i < m_list->count(); ++i) {
        m_list->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<AssetLabel> AssetLabelsDialog::labels() {
    QList<AssetLabel> result;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked) {
            continue;
        }
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        for (const Device &d : m_devices) {
            if (d.id == id) {
                result.append({d.tag, d.type.name, ownerLine()});
            }
        }
    }
    if (result.isEmpty()) {
        m_message->showError(tr("Tick at least one device to label."));
        m_list->setFocus(Qt::OtherFocusReason);
        return {};
    }
    if (m_council->text().simplified().isEmpty()) {
        m_message->showError(tr("Type the council's name: the labels say “Property of … Libraries”."));
        m_council->setFocus(Qt::OtherFocusReason);
        return {};
    }
    m_message->clearMessage();
    return result;
}

void AssetLabelsDialog::updatePreview() {
    int ticked = 0;
    QList<AssetLabel> shown;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ++ticked;
            const QString id = m_list->item(i)->data(Qt::UserRole).toString();
            for (const Device &d : m_devices) {
                if (d.id == id) {
                    shown.append({d.tag, d.type.name, ownerLine()});
                }
            }
        }
    }
    const LabelSheet sheet(shown, firstPosition());
    m_count->setText(ticked == 0 ? tr("No devices ticked.")
                                 : tr("%1 label(s) on %2 sheet(s).").arg(ticked).arg(sheet.pageCount()));
    // The first sheet, as it will print (grey outlines show where the labels are).
    m_page = sheet.renderPage(0, 72);
    fitPreview();
    m_preview->setAccessibleName(
        tr("Preview of the first sheet: %1 label(s)").arg(qMin(ticked, LabelSheet::kPerPage)));
}

void AssetLabelsDialog::fitPreview() {
    if (m_page.isNull()) {
        return;
    }
    const QSize room = m_preview->contentsRect().size() - QSize(8, 8);
    m_preview->setPixmap(QPixmap::fromImage(m_page).scaled(room.expandedTo(QSize(10, 10)),
                                                           Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool AssetLabelsDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_preview && event->type() == QEvent::Resize) {
        fitPreview();
    }
    return QDialog::eventFilter(watched, event);
}

bool AssetLabelsDialog::savePdf(const QString &path) {
    const QList<AssetLabel> chosen = labels();
    if (chosen.isEmpty()) {
        return false;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = LabelSheet(chosen, firstPosition()).writePdf(path, tr("Asset labels"), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_message->showError(error);
        return false;
    }
    m_message->showInfo(
        tr("Saved %1 label(s) to %2.").arg(chosen.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AssetLabelsDialog::chooseAndSavePdf() {
    if (labels().isEmpty()) {
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the labels as PDF"),
                                                      QDir(documents).filePath(tr("asset-labels.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                          : path + QStringLiteral(".pdf"));
    }
}

void AssetLabelsDialog::print() {
    const QList<AssetLabel> chosen = labels();
    if (chosen.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(LabelSheet::pageLayout());
    printer.setFullPage(true); // positions are from the paper's corner, as on the label stock
    printer.setDocName(tr("Asset labels"));
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_message->showError(tr("The printer could not be started. Check it is switched on, or save a PDF."));
        return;
    }
    LabelSheet(chosen, firstPosition()).paint(painter, printer);
    painter.end();
    m_message->showInfo(tr("Sent %1 label(s) to the printer.").arg(chosen.size()));
}
