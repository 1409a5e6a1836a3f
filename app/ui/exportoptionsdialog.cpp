#include "exportoptionsdialog.h"

#include "export/reportjson.h"
#include "export/reportpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prognos {

namespace {

QString titleOf(ExportOptionsDialog::Kind kind)
{
    switch (kind) {
    case ExportOptionsDialog::Kind::ForecastCsv:
        return ExportOptionsDialog::tr("Export Forecast CSV");
    case ExportOptionsDialog::Kind::ReportJson:
        return ExportOptionsDialog::tr("Export JSON Report");
    case ExportOptionsDialog::Kind::ReportPdf:
        return ExportOptionsDialog::tr("Export PDF Report");
    case ExportOptionsDialog::Kind::ChartPng:
        return ExportOptionsDialog::tr("Save Chart as PNG");
    case ExportOptionsDialog::Kind::ChartSvg:
        return ExportOptionsDialog::tr("Save Chart as SVG");
    }
    return {};
}

} // namespace

ExportOptionsDialog::ExportOptionsDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_form(new QFormLayout)
{
    setWindowTitle(titleOf(kind));
    switch (kind) {
    case Kind::ForecastCsv:
        addCsvOptions();
        break;
    case Kind::ReportJson:
        addJsonOptions();
        break;
    case Kind::ReportPdf:
        addPdfOptions();
        break;
    case Kind::ChartPng:
        addSizeOptions(kPngPixels, true);
        break;
    case Kind::ChartSvg:
        addSizeOptions(kSvgSize, false);
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void ExportOptionsDialog::addCsvOptions()
{
    m_components = new QCheckBox(tr("Include the components (seasonalities, holidays, "
                                    "regressors) with their intervals"),
                                 this);
    m_components->setObjectName(QStringLiteral("with_components"));
    m_components->setChecked(true);
    m_form->addRow(m_components);
}

void ExportOptionsDialog::addJsonOptions()
{
    m_rawData = new QCheckBox(tr("Include the raw data"), this);
    m_rawData->setObjectName(QStringLiteral("include_raw_data"));
    m_rawDataWarning = new QLabel(ReportJson::rawDataWarning(), this);
    m_rawDataWarning->setObjectName(QStringLiteral("raw_data_warning"));
    m_rawDataWarning->setWordWrap(true);
    m_rawDataWarning->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_rawDataWarning->setVisible(false);
    connect(m_rawData, &QCheckBox::toggled, m_rawDataWarning, &QLabel::setVisible);
    auto *contents = new QLabel(tr("The report holds the settings, the import and cleaning "
                                   "summary, the fit, the forecast and the warnings."),
                                this);
    contents->setWordWrap(true);
    m_form->addRow(contents);
    m_form->addRow(m_rawData);
    m_form->addRow(m_rawDataWarning);
}

void ExportOptionsDialog::addPdfOptions()
{
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("page_size"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(ReportPdf::pageSizeFor(QLocale()).id())));
    m_form->addRow(tr("&Paper:"), m_pageSize);
}

void ExportOptionsDialog::addSizeOptions(const QSize &size, bool withScale)
{
    auto spinBox = [this](const QString &name, int value) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(100, 10000);
        box->setValue(value);
        box->setSuffix(m_kind == Kind::ChartPng ? tr(" px") : QString());
        return box;
    };
    m_width = spinBox(QStringLiteral("width"), size.width());
    m_height = spinBox(QStringLiteral("height"), size.height());
    m_form->addRow(tr("&Width:"), m_width);
    m_form->addRow(tr("&Height:"), m_height);
    if (!withScale)
        return;
    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(kPngScale);
    m_scale->setToolTip(tr("The chart is laid out at the size divided by this factor, so that "
                           "2 gives a sharp image on a HiDPI screen."));
    m_form->addRow(tr("&Scale factor:"), m_scale);
}

bool ExportOptionsDialog::withComponents() const
{
    return !m_components || m_components->isChecked();
}

bool ExportOptionsDialog::includeRawData() const
{
    return m_rawData && m_rawData->isChecked();
}

QPageSize ExportOptionsDialog::pageSize() const
{
    if (!m_pageSize)
        return ReportPdf::pageSizeFor(QLocale());
    return QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
}

QSize ExportOptionsDialog::chartSize() const
{
    if (!m_width || !m_height)
        return m_kind == Kind::ChartSvg ? kSvgSize : kPngPixels;
    return QSize(m_width->value(), m_height->value());
}

double ExportOptionsDialog::scale() const
{
    return m_scale ? m_scale->value() : kPngScale;
}

} // namespace prognos
