#pragma once

#include <QDialog>
#include <QPageSize>
#include <QSize>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace prognos {

/// The few choices of an export, asked before the file: components in the forecast CSV, the
/// raw data in the JSON report (with its warning), the paper of the PDF report, the size of
/// a chart image. Its defaults are what prognos-cli writes.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { ForecastCsv, ReportJson, ReportPdf, ChartPng, ChartSvg };

    /// The chart sizes prognos-cli writes with --png (pixels, at scale 2) and --svg.
    static constexpr QSize kPngPixels{1600, 900};
    static constexpr double kPngScale = 2.0;
    static constexpr QSize kSvgSize{900, 500};

    explicit ExportOptionsDialog(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool withComponents() const;
    bool includeRawData() const;
    QPageSize pageSize() const;
    /// The image size in pixels (PNG) or SVG user units.
    QSize chartSize() const;
    /// The device pixel ratio of a PNG: the chart is laid out at chartSize() / scale().
    double scale() const;

private:
    void addCsvOptions();
    void addJsonOptions();
    void addPdfOptions();
    void addSizeOptions(const QSize &size, bool withScale);

    Kind m_kind;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_components = nullptr;
    QCheckBox *m_rawData = nullptr;
    QLabel *m_rawDataWarning = nullptr;
    QComboBox *m_pageSize = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
};

} // namespace prognos
