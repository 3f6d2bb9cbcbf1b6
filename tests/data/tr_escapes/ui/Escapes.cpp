// Fixture for translations/tools/test_tools.py: five texts a person reads that escape tr() (marked
// ESCAPE), and literals that are not for people, which check_tr.py must leave alone.
void fixture() {
    label->setText(QStringLiteral("Save the resident"));                          // ESCAPE
    box->setWindowTitle("Export");                                                // ESCAPE
    auto *due = new QLabel(QStringLiteral("Due back"), this);                     // ESCAPE
    QMessageBox::warning(this, tr("Title"), QStringLiteral("The file is gone.")); // ESCAPE
    refusal = QStringLiteral("That device is not in the register.");              // ESCAPE
    edit->setPlaceholderText(tr("Card number"));
    button->setObjectName(QStringLiteral("Save button"));
    combo->addItem(tr("Tablet"), QStringLiteral("tablet"));
    Sql(db, "SELECT id FROM devices WHERE tag = :t").exec();
    qWarning() << "Could not open the file";
    settings.value(QStringLiteral("interface/language"));
    date.toString(QStringLiteral("dd/MM/yyyy"));
    // label->setText(QStringLiteral("Only in a comment"));
    title->setText(QCoreApplication::translate("Fixture", "Already translated"));
}
