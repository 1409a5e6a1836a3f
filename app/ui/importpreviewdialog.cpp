#include "importpreviewdialog.h"

#include "importrunner.h"
#include "preferences.h"
#include "uilogging.h"

#include "data/csvreader.h"
#include "data/dateparser.h"
#include "data/numberparser.h"
#include "data/qualityreport.h"
#include "data/textdecoder.h"
#include "privacy/securememory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prognos {

namespace {

// Rows examined for dates that read two ways; the banner names the first of them.
constexpr int kAmbiguityScanRows = 5000;

const DateFormat kDateFormats[] = {
    DateFormat::Iso,          DateFormat::YearMonthDay,    DateFormat::DayMonthYear,
    DateFormat::MonthDayYear, DateFormat::DayMonthYearDot, DateFormat::MonthName,
    DateFormat::ExcelSerial,  DateFormat::UnixSeconds,     DateFormat::UnixMilliseconds,
    DateFormat::Year,
};

QComboBox *choiceBox(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(toolTip);
    box->addItem(QString()); // "Automatic: <detected>", data unset
    return box;
}

void setAutomaticText(QComboBox *box, const QString &detected)
{
    box->setItemText(0, detected.isEmpty()
                            ? ImportPreviewDialog::tr("Automatic")
                            : ImportPreviewDialog::tr("Automatic: %1").arg(detected));
}

void setColumnItems(QComboBox *box, const QStringList &names)
{
    const QString current = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &name : names)
        box->addItem(name, name);
    // A choice the current reading has no column for stays chosen (the import says so).
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(current, current);
    box->setCurrentIndex(current.isEmpty() ? 0 : box->findData(current));
}

QString decimalName(QChar mark)
{
    return mark == u',' ? ImportPreviewDialog::tr("comma") : ImportPreviewDialog::tr("point");
}

QString dayText(Timestamp ts)
{
    return QString::fromStdString(formatTimestamp(ts)).left(10);
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(QByteArray bytes, ImportResult result,
                                         const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_bytes(std::move(bytes))
    , m_runner(new ImportRunner(this))
{
    setWindowTitle(tr("Import %1").arg(title));
    createWidgets();
    createLayout();
    connectSignals();
    showResult(result);
    resize(980, 720);
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    delete m_runner; // waits for an import in flight, which reads the bytes
    m_runner = nullptr;
    releaseBytes();
}

void ImportPreviewDialog::createWidgets()
{
    m_questions = new QLabel(this);
    m_questions->setObjectName(QStringLiteral("import_questions"));
    m_questions->setWordWrap(true);
    m_questions->setTextFormat(Qt::RichText);
    m_questions->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 2px solid #e0a800; "
                       "border-radius: 4px; padding: 8px; font-weight: bold; }"));
    m_questions->hide();

    m_encoding = choiceBox(this, QStringLiteral("import_encoding"),
                           tr("The character encoding of the file."));
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                  TextEncoding::Windows1252})
        m_encoding->addItem(TextDecoder::name(encoding), int(encoding));
    m_delimiter = choiceBox(this, QStringLiteral("import_delimiter"),
                            tr("The character between the fields of a row."));
    for (QChar delimiter : {u',', u';', u'\t', u'|'})
        m_delimiter->addItem(CsvReader::delimiterName(delimiter), delimiter);
    m_header = choiceBox(this, QStringLiteral("import_header"),
                         tr("Whether the first row names the columns."));
    m_header->addItem(tr("First row holds the names"), int(CsvOptions::Header::Present));
    m_header->addItem(tr("No header row"), int(CsvOptions::Header::Absent));
    m_dateFormat = choiceBox(this, QStringLiteral("import_date_format"),
                             tr("How the dates of the ds column are written."));
    for (DateFormat format : kDateFormats)
        m_dateFormat->addItem(DateParser::formatName(format), int(format));
    m_decimal = choiceBox(this, QStringLiteral("import_decimal_mark"),
                          tr("The decimal mark of y, cap, floor and the regressors."));
    m_decimal->addItem(tr("point (1234.5)"), QChar(u'.'));
    m_decimal->addItem(tr("comma (1234,5)"), QChar(u','));

    m_ds = choiceBox(this, QStringLiteral("import_ds"), tr("The column of dates (ds)."));
    m_y = choiceBox(this, QStringLiteral("import_y"), tr("The column to forecast (y)."));
    m_cap = choiceBox(this, QStringLiteral("import_cap"),
                      tr("The carrying capacity for logistic growth (cap)."));
    m_floor = choiceBox(this, QStringLiteral("import_floor"),
                        tr("The saturating minimum for logistic growth (floor)."));
    m_group = choiceBox(this, QStringLiteral("import_group"),
                        tr("A category column: one series per value (long format)."));
    m_regressors = new QListWidget(this);
    m_regressors->setObjectName(QStringLiteral("import_regressors"));
    m_regressors->setToolTip(tr("Numeric columns read besides y: the model settings offer "
                                "them as regressors and seasonality conditions. Uncheck a "
                                "column to leave it out."));
    m_regressors->setMaximumHeight(90);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("import_rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_notes = new QPlainTextEdit(this);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(120);
    m_status = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
}

void ImportPreviewDialog::createLayout()
{
    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("Encoding:"), m_encoding);
    readingForm->addRow(tr("Delimiter:"), m_delimiter);
    readingForm->addRow(tr("Header:"), m_header);
    readingForm->addRow(tr("Date format (ds):"), m_dateFormat);
    readingForm->addRow(tr("Decimal mark:"), m_decimal);
    auto *roles = new QGroupBox(tr("Columns"), this);
    auto *rolesForm = new QFormLayout(roles);
    rolesForm->addRow(tr("ds (dates):"), m_ds);
    rolesForm->addRow(tr("y (values):"), m_y);
    rolesForm->addRow(tr("cap:"), m_cap);
    rolesForm->addRow(tr("floor:"), m_floor);
    rolesForm->addRow(tr("Group:"), m_group);
    rolesForm->addRow(tr("Other columns:"), m_regressors);
    auto *choices = new QHBoxLayout;
    choices->addWidget(reading);
    choices->addWidget(roles);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_questions);
    layout->addLayout(choices);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addLayout(bottom);
}

void ImportPreviewDialog::connectSignals()
{
    for (QComboBox *box : {m_encoding, m_delimiter, m_header, m_dateFormat, m_decimal, m_ds, m_y,
                           m_cap, m_floor, m_group})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::reimport);
    connect(m_regressors, &QListWidget::itemChanged, this, [this] {
        m_regressorsChosen = true;
        reimport();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &ImportRunner::importFinished, this, [this](const ImportResult &result) {
        showResult(result);
        emit reimported();
    });
    connect(m_runner, &ImportRunner::progressChanged, this,
            [this](int percent) { m_status->setText(tr("Reading… %1 %").arg(percent)); });
}

bool ImportPreviewDialog::isImporting() const
{
    return m_runner && m_runner->isRunning();
}

void ImportPreviewDialog::reimport()
{
    readChoices();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Reading…"));
    m_runner->start(m_bytes, m_settings);
}

void ImportPreviewDialog::readChoices()
{
    ImportSettings settings;
    settings.csv.maxBytes = Preferences::maxFileBytes();
    const QVariant encoding = m_encoding->currentData();
    if (encoding.isValid())
        settings.csv.encoding = TextEncoding(encoding.toInt());
    if (m_delimiter->currentData().isValid())
        settings.csv.delimiter = m_delimiter->currentData().value<QChar>();
    if (m_header->currentData().isValid())
        settings.csv.header = CsvOptions::Header(m_header->currentData().toInt());
    settings.roles.ds = m_ds->currentData().toString();
    settings.roles.y = m_y->currentData().toString();
    settings.roles.cap = m_cap->currentData().toString();
    settings.roles.floor = m_floor->currentData().toString();
    settings.roles.group = m_group->currentData().toString();
    const QStringList roleColumns = {settings.roles.ds, settings.roles.y, settings.roles.cap,
                                     settings.roles.floor, settings.roles.group};
    for (int i = 0; i < m_regressors->count(); ++i) {
        const QString name = m_regressors->item(i)->text();
        if (m_regressors->item(i)->checkState() == Qt::Checked && !roleColumns.contains(name))
            settings.roles.regressors.append(name);
    }

    const QString ds = settings.roles.ds.isEmpty() ? m_dsName : settings.roles.ds;
    if (m_dateFormat->currentData().isValid() && !ds.isEmpty())
        settings.columnTypes[ds].dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    if (m_decimal->currentData().isValid()) {
        QStringList numeric = settings.roles.regressors;
        const ColumnRoles &roles = m_result.roles;
        numeric << (settings.roles.y.isEmpty() ? columnName(roles.y) : settings.roles.y)
                << (settings.roles.cap.isEmpty() ? columnName(roles.cap) : settings.roles.cap)
                << (settings.roles.floor.isEmpty() ? columnName(roles.floor)
                                                   : settings.roles.floor);
        for (const QString &name : std::as_const(numeric)) {
            if (!name.isEmpty())
                settings.columnTypes[name].decimalMark = m_decimal->currentData().value<QChar>();
        }
    }
    m_settings = settings;
}

QString ImportPreviewDialog::columnName(int column) const
{
    const CsvTable &table = m_result.csv.table;
    return column >= 0 && column < table.columnCount() ? table.displayName(column) : QString();
}

void ImportPreviewDialog::showResult(const ImportResult &result)
{
    m_result = result;
    if (m_result.roles.ds >= 0)
        m_dsName = columnName(m_result.roles.ds);
    fillCombos();
    fillTable();
    findAmbiguousRows();
    findAmbiguousNumbers();
    showQuestions();
    QStringList notes = m_result.notes;
    for (int i = 0; i < std::min<int>(m_result.findings.size(), 200); ++i) {
        const ImportFinding &finding = m_result.findings.at(i);
        if (finding.row > 0)
            notes.append(tr("Row %1, %2 \u201C%3\u201D: %4")
                             .arg(finding.row)
                             .arg(finding.column, finding.rawValue, finding.reason));
        else if (finding.severity != ImportFinding::Severity::Question)
            notes.append(finding.reason);
    }
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.ok());
    m_status->setText(m_result.ok()
                          ? tr("%n row(s) with a date.", nullptr, int(m_result.series.size()))
                          : QString());
    readOtherColumns();
}

void ImportPreviewDialog::readOtherColumns()
{
    // Until the user picks them, every other numeric column is read too, as a direct import
    // does, so that the model settings can offer them.
    const ColumnRoles &roles = m_result.roles;
    const bool allRead =
        std::all_of(roles.regressorCandidates.begin(), roles.regressorCandidates.end(),
                    [&roles](int c) { return roles.regressors.contains(c); });
    if (m_regressorsChosen || !m_result.ok() || allRead)
        return;
    m_regressors->blockSignals(true);
    for (int i = 0; i < m_regressors->count(); ++i)
        m_regressors->item(i)->setCheckState(Qt::Checked);
    m_regressors->blockSignals(false);
    reimport();
}

void ImportPreviewDialog::fillCombos()
{
    // Showing what was detected is no override: no re-import.
    const QList<QObject *> choices = {m_encoding, m_delimiter, m_header,    m_dateFormat,
                                      m_decimal,  m_ds,        m_y,         m_cap,
                                      m_floor,    m_group,     m_regressors};
    for (QObject *choice : choices)
        choice->blockSignals(true);
    const CsvReadResult &csv = m_result.csv;
    const ColumnRoles &roles = m_result.roles;
    const QList<ColumnType> &types = m_result.columnTypes;
    setAutomaticText(m_encoding, csv.ok ? TextDecoder::name(csv.encoding) : QString());
    setAutomaticText(m_delimiter, csv.ok ? CsvReader::delimiterName(csv.delimiter) : QString());
    setAutomaticText(m_header, !csv.ok         ? QString()
                               : csv.hasHeader ? tr("first row holds the names")
                                               : tr("no header row"));
    const bool hasDs = roles.ds >= 0 && roles.ds < types.size();
    setAutomaticText(m_dateFormat,
                     hasDs ? DateParser::formatName(types[roles.ds].dateFormat) : QString());
    const bool hasY = roles.y >= 0 && roles.y < types.size();
    setAutomaticText(m_decimal, hasY ? decimalName(types[roles.y].decimalMark) : QString());

    QStringList names;
    for (int c = 0; c < csv.table.columnCount(); ++c)
        names.append(csv.table.displayName(c));
    for (QComboBox *box : {m_ds, m_y, m_cap, m_floor, m_group})
        setColumnItems(box, names);
    setAutomaticText(m_ds, columnName(roles.ds));
    setAutomaticText(m_y, columnName(roles.y));
    setAutomaticText(m_cap, roles.cap >= 0 ? columnName(roles.cap) : tr("none"));
    setAutomaticText(m_floor, roles.floor >= 0 ? columnName(roles.floor) : tr("none"));
    setAutomaticText(m_group, roles.group >= 0 ? columnName(roles.group) : tr("none"));

    m_regressors->clear();
    QList<int> offered = roles.regressorCandidates;
    for (int c : roles.regressors) {
        if (!offered.contains(c))
            offered.append(c);
    }
    std::sort(offered.begin(), offered.end());
    for (int c : std::as_const(offered)) {
        auto *item = new QListWidgetItem(columnName(c), m_regressors);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(roles.regressors.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    for (QObject *choice : choices)
        choice->blockSignals(false);
}

void ImportPreviewDialog::fillTable()
{
    const CsvTable &table = m_result.csv.table;
    const ColumnRoles &roles = m_result.roles;
    const int rows = m_result.csv.ok ? std::min(kPreviewRows, table.rowCount()) : 0;
    const int columns = m_result.csv.ok ? table.columnCount() : 0;
    m_table->clear();
    m_table->setRowCount(rows);
    m_table->setColumnCount(columns);
    for (int c = 0; c < columns; ++c) {
        QString role;
        if (c == roles.ds)
            role = tr("ds");
        else if (c == roles.y)
            role = tr("y");
        else if (c == roles.cap)
            role = tr("cap");
        else if (c == roles.floor)
            role = tr("floor");
        else if (c == roles.group)
            role = tr("group");
        else if (roles.regressors.contains(c))
            role = tr("regressor");
        auto *header = new QTableWidgetItem(
            role.isEmpty() ? table.displayName(c) : tr("%1\n(%2)").arg(table.displayName(c), role));
        if (c < m_result.columnTypes.size())
            header->setToolTip(m_result.columnTypes[c].describe());
        m_table->setHorizontalHeaderItem(c, header);
    }
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        rowLabels.append(QString::number(r + 1));
        for (int c = 0; c < columns; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(table.cellText(r, c)));
    }
    m_table->setVerticalHeaderLabels(rowLabels);
}

void ImportPreviewDialog::findAmbiguousRows()
{
    m_ambiguousRows.clear();
    const ColumnRoles &roles = m_result.roles;
    if (roles.ds < 0 || roles.ds >= m_result.columnTypes.size())
        return;
    const ColumnType &type = m_result.columnTypes[roles.ds];
    if (!type.needsDecision || type.confirmed)
        return;
    const CsvTable &table = m_result.csv.table;
    const int rows = std::min(kAmbiguityScanRows, table.rowCount());
    for (int r = 0; r < rows; ++r) {
        ParsedDate dayFirst, monthFirst;
        const QAnyStringView cell = table.cellView(r, roles.ds);
        if (DateParser::parseCell(cell, DateFormat::DayMonthYear, dayFirst) ==
                DateParser::Error::None &&
            DateParser::parseCell(cell, DateFormat::MonthDayYear, monthFirst) ==
                DateParser::Error::None &&
            dayFirst.wallClock != monthFirst.wallClock)
            m_ambiguousRows.append(r + 1);
    }
    highlight(m_ambiguousRows, roles.ds);
}

void ImportPreviewDialog::findAmbiguousNumbers()
{
    m_ambiguousNumberRows.clear();
    m_ambiguousNumberColumn = -1;
    const ColumnRoles &roles = m_result.roles;
    QList<int> used = {roles.y, roles.cap, roles.floor};
    used += roles.regressors;
    for (const int c : std::as_const(used)) {
        if (c < 0 || c >= m_result.columnTypes.size())
            continue;
        const ColumnType &type = m_result.columnTypes[c];
        if (type.kind == ColumnType::Kind::Number && type.needsDecision && !type.confirmed) {
            m_ambiguousNumberColumn = c;
            break;
        }
    }
    if (m_ambiguousNumberColumn < 0)
        return;
    const CsvTable &table = m_result.csv.table;
    const int rows = std::min(kAmbiguityScanRows, table.rowCount());
    for (int r = 0; r < rows; ++r) {
        NumberParser::Reading point, comma;
        NumberParser::parseCellBothMarks(table.cellView(r, m_ambiguousNumberColumn), point, comma);
        if (point.ok && comma.ok && point.value != comma.value)
            m_ambiguousNumberRows.append(r + 1);
    }
    highlight(m_ambiguousNumberRows, m_ambiguousNumberColumn);
}

void ImportPreviewDialog::highlight(const QList<int> &rows, int column)
{
    const QColor background(255, 220, 120);
    for (int row : rows) {
        if (row > m_table->rowCount())
            break;
        if (QTableWidgetItem *item = m_table->item(row - 1, column))
            item->setBackground(background);
    }
}

QString ImportPreviewDialog::numberQuestion() const
{
    const int first = m_ambiguousNumberRows.first() - 1;
    const QString cell = m_result.csv.table.cellText(first, m_ambiguousNumberColumn);
    NumberParser::Reading point, comma;
    NumberParser::parseCellBothMarks(cell, point, comma);
    return tr("Rows whose %1 reads as two different numbers: %2. Row %3, \u201C%4\u201D, is "
              "%5 with a decimal comma and %6 with a decimal point. Choose the decimal mark "
              "above.")
        .arg(columnName(m_ambiguousNumberColumn).toHtmlEscaped(),
             QualityReport::rowList(m_ambiguousNumberRows))
        .arg(first + 1)
        .arg(cell.toHtmlEscaped(), QLocale::c().toString(comma.value, 'g', 15),
             QLocale::c().toString(point.value, 'g', 15));
}

void ImportPreviewDialog::showQuestions()
{
    QStringList lines;
    if (!m_result.ok() && m_result.status != ImportResult::Status::NeedsDecision &&
        !m_result.error.isEmpty())
        lines.append(tr("Nothing can be opened yet: %1").arg(m_result.error.toHtmlEscaped()));
    for (const ImportFinding &finding : std::as_const(m_result.findings)) {
        if (finding.severity == ImportFinding::Severity::Question)
            lines.append(tr("Column \u201C%1\u201D: %2")
                             .arg(finding.column.toHtmlEscaped(), finding.reason.toHtmlEscaped()));
    }
    if (!m_ambiguousRows.isEmpty()) {
        const int first = m_ambiguousRows.first() - 1;
        const QString cell = m_result.csv.table.cellText(first, m_result.roles.ds);
        ParsedDate dayFirst, monthFirst;
        DateParser::parse(cell, DateFormat::DayMonthYear, dayFirst);
        DateParser::parse(cell, DateFormat::MonthDayYear, monthFirst);
        lines.append(tr("Rows that read as two different dates: %1. Row %2, \u201C%3\u201D, "
                        "is %4 day first and %5 month first. Choose the date format above.")
                         .arg(QualityReport::rowList(m_ambiguousRows))
                         .arg(first + 1)
                         .arg(cell.toHtmlEscaped(), dayText(dayFirst.wallClock),
                              dayText(monthFirst.wallClock)));
    }
    if (!m_ambiguousNumberRows.isEmpty())
        lines.append(numberQuestion());
    m_questions->setText(lines.join(QStringLiteral("<br>")));
    m_questions->setVisible(!lines.isEmpty());
}

ImportResult ImportPreviewDialog::takeResult()
{
    ImportResult result = std::move(m_result);
    m_result = {};
    releaseBytes();
    return result;
}

void ImportPreviewDialog::done(int result)
{
    if (m_runner)
        m_runner->cancel();
    if (result != QDialog::Accepted) {
        // Cancel discards everything read from the file.
        m_result = {};
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_notes->clear();
        releaseBytes();
        qCDebug(lcUi) << "import discarded";
    }
    QDialog::done(result);
}

void ImportPreviewDialog::releaseBytes()
{
    // Only the last holder may wipe: an import in flight may still be reading them.
    if (m_bytes.isDetached() && !m_bytes.isEmpty())
        SecureMemory::wipe(m_bytes.data(), std::size_t(m_bytes.size()));
    m_bytes.clear();
}

} // namespace prognos
