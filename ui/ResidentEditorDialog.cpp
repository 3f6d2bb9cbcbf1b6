#include "ResidentEditorDialog.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentValidator.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "views/OverviewQueries.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
// Languages most often asked for at the desk; a resident's other language is kept and shown as its code.
const char *const kLanguages[] = {"en", "cy", "pl", "ro", "ur", "pa", "bn", "gu", "ar", "so", "ti",
                                  "fa", "ku", "pt", "es", "lt", "uk", "ta", "tr", "fr", "it", "zh"};

QString languageLabel(const QString &code) {
    const QLocale locale(code);
    if (locale.language() == QLocale::C) {
        return code;
    }
    // The staff's reading language, not the resident's script: every desk can draw it.
    return QLocale::languageToString(locale.language());
}

// Dates are typed day first, as on UK forms; ISO is accepted too. Two-digit years are refused because
// "01/02/23" could be a baby or a pensioner.
QDate parseDate(const QString &text, bool *ok) {
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty()) {
        return {};
    }
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            return d;
        }
    }
    *ok = false;
    return {};
}

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &accessibleName, int maxLength) {
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setAccessibleName(accessibleName);
    e->setMaxLength(maxLength);
    e->setMinimumWidth(e->fontMetrics().averageCharWidth() * 24);
    return e;
}

QPlainTextEdit *textEdit(QWidget *parent, const char *objectName, const QString &accessibleName, int lines) {
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setAccessibleName(accessibleName);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return e;
}

QCheckBox *checkBox(QWidget *parent, const char *objectName, const QString &text) {
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(QString::fromLatin1(objectName));
    c->setAccessibleName(text);
    return c;
}

// The store's text columns are NOT NULL and the SQLite driver binds a null QString as NULL, so an empty
// field is handed on as an empty, not a null, string.
QString present(const QString &text) {
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString fieldText(const QWidget *field) {
    if (const auto *line = qobject_cast<const QLineEdit *>(field)) {
        return line->text();
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field)) {
        return text->toPlainText();
    }
    return {};
}
} // namespace

ResidentEditorDialog::ResidentEditorDialog(DeskContext &ctx, Actor actor, Resident resident, bool isNew,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_original(std::move(resident))
    , m_isNew(isNew)
    , m_readOnly(!m_actor.can(Permission::ResidentEdit)) {
    setObjectName(QStringLiteral("residentEditor"));
    setWindowTitle(m_isNew ? tr("New resident") : tr("Resident: %1").arg(m_original.displayName()));

    auto *heading = new QLabel(m_isNew ? tr("New resident") : m_original.displayName(), this);
    heading->setObjectName(QStringLiteral("editorHeading"));
    heading->setFont(DeskStyle::scaledFont(this, 1.4));
    heading->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(m_isNew ? tr("Fields marked * are needed. Everything else can be added later.")
                                    : tr("Library card %1").arg(m_original.card),
                            this);
    hint->setProperty("muted", true);
    hint->setTextFormat(Qt::PlainText);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));

    m_scroll = new QScrollArea(this);
    auto *scroll = m_scroll;
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setAccessibleName(tr("Resident's details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save resident"));
    m_save->setToolTip(tr("Save (Enter or Ctrl+S)"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResidentEditorDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ResidentEditorDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    loadFields();
    if (m_readOnly) {
        setReadOnlyMode();
    }

    // Open at the size the form wants, but never bigger than the screen: the scroll area takes the rest
    // (large text sizes).
    const QSize wanted = scroll->widget()->sizeHint() + QSize(60, 280); // room for a message at the top
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(wanted.width(), available.width() * 9 / 10),
           qMin(wanted.height(), available.height() * 9 / 10));
    m_givenName->setFocus(Qt::OtherFocusReason);
}

ResidentEditorDialog::~ResidentEditorDialog() {
    // A focused field reports "editing finished" as it is destroyed, after this dialog's members are gone.
    for (QWidget *field : std::as_const(m_fields)) {
        field->disconnect(this);
    }
}

QWidget *ResidentEditorDialog::withProblemLine(QWidget *field, const QString &fieldKey) {
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *problem = new QLabel(box);
    problem->setObjectName(fieldKey + QStringLiteral("Problem"));
    problem->setProperty("fieldProblem", true);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->hide();
    v->addWidget(field);
    v->addWidget(problem);
    m_fields.insert(fieldKey, field);
    m_problemLabels.insert(fieldKey, problem);
    return box;
}

QWidget *ResidentEditorDialog::buildForm() {
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("editorForm"));

    auto newForm = [](QGroupBox *group) {
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        return form;
    };
    auto addRow = [](QFormLayout *form, const QString &label, QWidget *field, QWidget *row) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, row ? row : field);
    };

    // Who they are.
    auto *person = new QGroupBox(tr("Person"), content);
    auto *personForm = newForm(person);
    m_givenName = lineEdit(person, "givenName", tr("Given name"), ResidentValidator::kMaxNameLength);
    m_familyName = lineEdit(person, "familyName", tr("Family name"), ResidentValidator::kMaxNameLength);
    m_card = lineEdit(person, "card", tr("Library card number"), ResidentValidator::kMaxCardLength);
    m_dateOfBirth = lineEdit(person, "dateOfBirth", tr("Date of birth, day month year"), 10);
    m_dateOfBirth->setPlaceholderText(tr("DD/MM/YYYY"));
    m_dateOfBirth->setToolTip(tr("Only if the resident wants to give it"));
    m_language = new QComboBox(person);
    m_language->setObjectName(QStringLiteral("preferredLanguage"));
    m_language->setAccessibleName(tr("Preferred language"));
    for (const char *code : kLanguages) {
        const QString c = QString::fromLatin1(code);
        m_language->addItem(languageLabel(c), c);
    }
    if (m_isNew) {
        m_card->setPlaceholderText(tr("Blank: a TM number is issued"));
        m_card->setToolTip(tr("Scan or type the library card; leave it blank to issue a TM number"));
    }
    addRow(personForm, tr("&Given name *"), m_givenName,
           withProblemLine(m_givenName, QStringLiteral("given_name")));
    addRow(personForm, tr("&Family name *"), m_familyName,
           withProblemLine(m_familyName, QStringLiteral("family_name")));
    addRow(personForm, tr("Library &card"), m_card, withProblemLine(m_card, QStringLiteral("card")));
    addRow(personForm, tr("Date of &birth"), m_dateOfBirth,
           withProblemLine(m_dateOfBirth, QStringLiteral("date_of_birth")));
    addRow(personForm, tr("Preferred &language"), m_language, nullptr);

    // How to reach them, and how they agreed to be contacted.
    auto *contact = new QGroupBox(tr("Contact"), content);
    auto *contactForm = newForm(contact);
    m_phone = lineEdit(contact, "phone", tr("Phone number"), 24);
    m_email = lineEdit(contact, "email", tr("Email address"), 254);
    m_address = textEdit(contact, "address", tr("Address"), 3);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 14); // a UK address: 3–4 lines
    m_postcode = lineEdit(contact, "postcode", tr("Postcode"), 10);
    m_postcode->setPlaceholderText(tr("For example SW1A 1AA"));
    addRow(contactForm, tr("P&hone"), m_phone, withProblemLine(m_phone, QStringLiteral("phone")));
    addRow(contactForm, tr("&Email"), m_email, withProblemLine(m_email, QStringLiteral("email")));
    addRow(contactForm, tr("&Address"), m_address, withProblemLine(m_address, QStringLiteral("address")));
    addRow(contactForm, tr("P&ostcode"), m_postcode, withProblemLine(m_postcode, QStringLiteral("postcode")));
    m_consentPhone = checkBox(contact, "consentPhone", tr("Phone calls"));
    m_consentSms = checkBox(contact, "consentSms", tr("Text messages"));
    m_consentEmail = checkBox(contact, "consentEmail", tr("Emails"));
    m_consentPost = checkBox(contact, "consentPost", tr("Letters"));
    auto *consents = new QWidget(contact);
    auto *consentGrid = new QGridLayout(consents);
    consentGrid->setContentsMargins(0, 0, 0, 0);
    consentGrid->addWidget(m_consentPhone, 0, 0);
    consentGrid->addWidget(m_consentSms, 0, 1);
    consentGrid->addWidget(m_consentEmail, 1, 0);
    consentGrid->addWidget(m_consentPost, 1, 1);
    auto *consentLabel = new QLabel(tr("Agreed to"), contact);
    consentLabel->setToolTip(tr("How the resident agreed we may contact them"));
    contactForm->addRow(consentLabel, consents);

    // Their place in the programme: eligibility records the criterion met, never the evidence.
    auto *programme = new QGroupBox(tr("Programme"), content);
    auto *programmeForm = newForm(programme);
    m_category = new QComboBox(programme);
    m_category->setObjectName(QStringLiteral("borrowerCategory"));
    m_category->setAccessibleName(tr("Borrower category"));
    for (const QString &key : DisplayFormat::borrowerCategoryKeys()) {
        m_category->addItem(DisplayFormat::borrowerCategory(key), key);
    }
    m_eligibility = lineEdit(programme, "eligibility", tr("Eligibility criterion"), 120);
    m_eligibility->setPlaceholderText(tr("e.g. no internet at home"));
    m_eligibility->setToolTip(tr("The criterion met, never the evidence itself"));
    m_referral = lineEdit(programme, "referralOrg", tr("Referring organisation"), 120);
    m_referral->setPlaceholderText(tr("e.g. Citizens Advice"));
    m_homeBranch = new QComboBox(programme);
    m_homeBranch->setObjectName(QStringLiteral("homeBranch"));
    m_homeBranch->setAccessibleName(tr("Home branch"));
    m_homeBranch->addItem(tr("None"), QString());
    try {
        for (const BranchRow &b : OverviewQueries(m_ctx.store.database(), m_ctx.clock).branches(m_actor)) {
            m_homeBranch->addItem(b.name, b.branchId);
        }
    } catch (const StoreError &) {
        // The list of branches is a convenience; the resident can still be saved without one.
    }
    addRow(programmeForm, tr("Borrower ca&tegory"), m_category,
           withProblemLine(m_category, QStringLiteral("borrower_category")));
    addRow(programmeForm, tr("Eligibility c&riterion"), m_eligibility, nullptr);
    addRow(programmeForm, tr("Referred b&y"), m_referral, nullptr);
    addRow(programmeForm, tr("Ho&me branch"), m_homeBranch, nullptr);

    auto *notesGroup = new QGroupBox(tr("Notes"), content);
    auto *notesLayout = new QVBoxLayout(notesGroup);
    m_notes = textEdit(notesGroup, "notes", tr("Notes"), 5);
    m_notes->setPlaceholderText(tr("Anything the next person at the desk should know. No health details."));
    notesLayout->addWidget(withProblemLine(m_notes, QStringLiteral("notes")));

    auto *left = new QVBoxLayout;
    left->addWidget(person);
    left->addWidget(contact);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(programme);
    right->addWidget(notesGroup, 1);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Reading order, column by column; the checkboxes and combos sit where the eye expects them.
    QWidget *order[] = {m_givenName,  m_familyName,   m_card,        m_dateOfBirth, m_language,
                        m_phone,      m_email,        m_address,     m_postcode,    m_consentPhone,
                        m_consentSms, m_consentEmail, m_consentPost, m_category,    m_eligibility,
                        m_referral,   m_homeBranch,   m_notes};
    for (size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }

    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString key = it.key();
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            connect(line, &QLineEdit::textEdited, this, [this, key] { fieldEdited(key); });
            connect(line, &QLineEdit::editingFinished, this, [this, key] { fieldLeft(key); });
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value())) {
            // Only lengths are checked here, so telling the person as they type is right.
            connect(text, &QPlainTextEdit::textChanged, this, [this, key] {
                m_touched.insert(key);
                fieldEdited(key);
            });
        }
    }
    return content;
}

void ResidentEditorDialog::loadFields() {
    const Resident &r = m_original;
    m_givenName->setText(r.givenName);
    m_familyName->setText(r.familyName);
    m_card->setText(r.card);
    m_dateOfBirth->setText(r.dateOfBirth.isValid() ? r.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))
                                                   : QString());
    int language = m_language->findData(r.preferredLanguage);
    if (language < 0) {
        m_language->addItem(languageLabel(r.preferredLanguage), r.preferredLanguage);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_phone->setText(r.phone);
    m_email->setText(r.email);
    m_address->setPlainText(r.address);
    m_postcode->setText(r.postcode);
    m_consentPhone->setChecked(r.consentPhone);
    m_consentSms->setChecked(r.consentSms);
    m_consentEmail->setChecked(r.consentEmail);
    m_consentPost->setChecked(r.consentPost);
    int category = m_category->findData(r.borrowerCategory);
    if (category < 0) {
        m_category->addItem(r.borrowerCategory, r.borrowerCategory);
        category = m_category->count() - 1;
    }
    m_category->setCurrentIndex(category);
    m_eligibility->setText(r.eligibilityCriterion);
    m_referral->setText(r.referralOrg);
    int branch = m_homeBranch->findData(r.homeBranchId);
    if (branch < 0) {
        // A branch this person cannot list (or one since closed) is kept as it is.
        m_homeBranch->addItem(tr("Another branch"), r.homeBranchId);
        branch = m_homeBranch->count() - 1;
    }
    m_homeBranch->setCurrentIndex(branch);
    m_notes->setPlainText(r.notes);
    // Loading is not editing: nothing has been touched yet.
    m_touched.clear();
}

Resident ResidentEditorDialog::collect(QString *dateProblem) const {
    Resident r = m_original;
    r.givenName = present(m_givenName->text());
    r.familyName = present(m_familyName->text());
    r.card = present(m_card->text());
    bool dateOk = true;
    r.dateOfBirth = parseDate(m_dateOfBirth->text(), &dateOk);
    if (!dateOk && dateProblem) {
        *dateProblem = tr("Write the date of birth as day/month/year, for example 14/07/1948.");
    }
    r.preferredLanguage = present(m_language->currentData().toString());
    r.phone = present(m_phone->text());
    r.email = present(m_email->text());
    r.address = present(m_address->toPlainText());
    r.postcode = present(m_postcode->text());
    r.consentPhone = m_consentPhone->isChecked();
    r.consentSms = m_consentSms->isChecked();
    r.consentEmail = m_consentEmail->isChecked();
    r.consentPost = m_consentPost->isChecked();
    r.borrowerCategory = present(m_category->currentData().toString());
    r.eligibilityCriterion = present(m_eligibility->text());
    r.referralOrg = present(m_referral->text());
    r.homeBranchId = m_homeBranch->currentData().toString();
    r.notes = present(m_notes->toPlainText());
    return r;
}

QHash<QString, QString> ResidentEditorDialog::validateFields() {
    QString dateProblem;
    Resident r = collect(&dateProblem);
    QHash<QString, QString> problems;
    for (const ResidentValidator::Problem &p : ResidentValidator(m_ctx.clock).validate(r)) {
        if (!problems.contains(p.field)) {
            problems.insert(p.field, p.message);
        }
    }
    if (!dateProblem.isEmpty()) {
        problems.insert(QStringLiteral("date_of_birth"), dateProblem);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool show = (m_saveAttempted || m_touched.contains(it.key())) && problems.contains(it.key());
        QLabel *label = m_problemLabels.value(it.key());
        label->setText(show ? problems.value(it.key()) : QString());
        label->setVisible(show);
        DeskStyle::setProblem(it.value(), show);
        it.value()->setAccessibleDescription(show ? problems.value(it.key()) : QString());
    }
    if (m_bannerShowsFieldProblems && problems.isEmpty()) {
        m_message->clearMessage();
        m_bannerShowsFieldProblems = false;
    }
    return problems;
}

void ResidentEditorDialog::fieldEdited(const QString &fieldKey) {
    // Once a field has been pointed at (or after a save attempt), re-check as the person types so the
    // red clears the moment it is right; before that, typing is left in peace.
    if (m_saveAttempted || m_touched.contains(fieldKey)) {
        validateFields();
    }
}

void ResidentEditorDialog::fieldLeft(const QString &fieldKey) {
    if (m_readOnly) {
        return;
    }
    if (!fieldText(m_fields.value(fieldKey)).trimmed().isEmpty() || m_touched.contains(fieldKey)) {
        m_touched.insert(fieldKey);
    }
    tidyField(fieldKey);
    validateFields();
}

void ResidentEditorDialog::tidyField(const QString &fieldKey) {
    // Show the stored form of a card or postcode as soon as it is valid ("sw1a1aa" → "SW1A 1AA").
    Resident r = collect(nullptr);
    const auto problems = ResidentValidator(m_ctx.clock).validate(r);
    const bool fine = std::none_of(problems.begin(), problems.end(),
                                   [&](const ResidentValidator::Problem &p) { return p.field == fieldKey; });
    if (!fine) {
        return;
    }
    if (fieldKey == QLatin1String("postcode") && m_postcode->text() != r.postcode) {
        m_postcode->setText(r.postcode);
    } else if (fieldKey == QLatin1String("card") && m_card->text() != r.card) {
        m_card->setText(r.card);
    }
}

void ResidentEditorDialog::setReadOnlyMode() {
    for (QLineEdit *e : findChildren<QLineEdit *>()) {
        e->setReadOnly(true);
    }
    for (QPlainTextEdit *e : findChildren<QPlainTextEdit *>()) {
        e->setReadOnly(true);
    }
    for (QComboBox *c : findChildren<QComboBox *>()) {
        c->setEnabled(false);
    }
    for (QCheckBox *c : findChildren<QCheckBox *>()) {
        c->setEnabled(false);
    }
    m_save->hide();
    m_cancel->setText(tr("&Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_cancel->setDefault(true);
    m_card->setPlaceholderText(QString());
    setWindowTitle(tr("Resident: %1 (view only)").arg(m_original.displayName()));
    m_message->showInfo(tr("You can see this resident's details but not change them. Ask a librarian or a "
                           "coordinator if something is wrong."));
}

void ResidentEditorDialog::accept() {
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    m_saveAttempted = true;
    const QHash<QString, QString> problems = validateFields();
    if (!problems.isEmpty()) {
        // List the problems in reading order and put the cursor on the first one.
        QStringList lines;
        QWidget *first = nullptr;
        for (const QString &key :
             {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("card"),
              QStringLiteral("date_of_birth"), QStringLiteral("phone"), QStringLiteral("email"),
              QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("borrower_category"),
              QStringLiteral("notes")}) {
            if (problems.contains(key)) {
                lines.append(QStringLiteral("• ") + problems.value(key));
                if (!first) {
                    first = m_fields.value(key);
                }
            }
        }
        m_message->showError(tr("Nothing was saved. Please correct the fields marked in red:") +
                             QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_bannerShowsFieldProblems = true;
        if (first) {
            first->setFocus(Qt::OtherFocusReason);
            // With large text the field may be below the fold; show it with its problem line.
            m_scroll->ensureWidgetVisible(first->parentWidget());
        }
        return;
    }

    const Resident resident = collect(nullptr);
    CommandResult result = CommandResult::failed(QString());
    QString card;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_isNew) {
        AddResidentCommand command(resident, m_ctx.clock);
        result = m_ctx.bus.execute(command, m_actor);
        card = command.resident().card;
    } else {
        EditResidentCommand command(resident, m_ctx.clock);
        result = m_ctx.bus.execute(command, m_actor);
        Resident stored = resident;
        ResidentValidator(m_ctx.clock).validate(stored); // the card as the command saved it
        card = stored.card;
    }
    QApplication::restoreOverrideCursor();

    if (!result.ok()) {
        m_bannerShowsFieldProblems = false;
        m_message->showError(result.message());
        return;
    }
    m_savedId = result.entityId();
    m_savedSummary = result.message();
    m_savedCard = card;
    QDialog::accept();
}
