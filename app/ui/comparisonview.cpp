#include "comparisonview.h"

#include "comparisonchartview.h"
#include "session.h"
#include "settingsdiff.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

QTableWidget *sideBySideTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

/// The history rows of a forecast as a frame scored by PerformanceMetrics: each row its own
/// cutoff, so that one window covers them all.
CrossValidationFrame inSampleFrame(const ForecastOutput &result)
{
    CrossValidationFrame frame;
    const Forecast &forecast = result.forecast;
    const std::vector<double> *yhat = forecast.column("yhat");
    const std::vector<double> *lower = forecast.column("yhat_lower");
    const std::vector<double> *upper = forecast.column("yhat_upper");
    if (!result.model || !yhat)
        return frame;
    const TimeSeries &history = result.model->history;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto row = std::lower_bound(forecast.ds.begin(), forecast.ds.end(), history.ds[i]);
        if (row == forecast.ds.end() || *row != history.ds[i] || !std::isfinite(history.y[i]))
            continue;
        const std::size_t r = std::size_t(row - forecast.ds.begin());
        frame.ds.push_back(history.ds[i]);
        frame.cutoff.push_back(history.ds[i]);
        frame.y.push_back(history.y[i]);
        frame.yhat.push_back((*yhat)[r]);
        if (lower && upper) {
            frame.yhatLower.push_back((*lower)[r]);
            frame.yhatUpper.push_back((*upper)[r]);
        }
    }
    return frame;
}

} // namespace

ComparisonView::ComparisonView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    createWidgets();
    createLayout();
    connect(m_keep, &QPushButton::clicked, this, &ComparisonView::keepRequested);
    connect(m_makeCurrent, &QPushButton::clicked, this,
            [this] { emit makeCurrentRequested(m_selector->currentIndex()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_session->removeKept(m_selector->currentIndex()); });
    connect(m_session, &Session::keptConfigurationsChanged, this, &ComparisonView::refresh);
    connect(m_session, &Session::settingsChanged, this, &ComparisonView::updateButtons);
    connect(m_session, &Session::resultChanged, this, &ComparisonView::updateButtons);
    refresh();
}

void ComparisonView::createWidgets()
{
    m_keep = new QPushButton(tr("&Keep Current Configuration…"), this);
    m_keepReason = new QLabel(this);
    m_keepReason->setWordWrap(true);
    m_selector = new QComboBox(this);
    m_selector->setObjectName(QStringLiteral("comparison_selector"));
    m_makeCurrent = new QPushButton(tr("&Make Current"), this);
    m_makeCurrent->setToolTip(tr("Use this configuration's settings, forecast and "
                                 "cross-validation in the session"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_empty = new QLabel(tr("Run a forecast, keep its configuration, change the settings, run "
                            "and keep again: up to %1 configurations are compared here.")
                             .arg(Session::kMaxKept),
                         this);
    m_empty->setWordWrap(true);
    m_chart = new ComparisonChartView(this);
    m_metrics = sideBySideTable(this);
    m_metrics->setObjectName(QStringLiteral("comparison_metrics"));
    m_settings = sideBySideTable(this);
    m_settings->setObjectName(QStringLiteral("comparison_settings"));
}

void ComparisonView::createLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_keep);
    top->addWidget(m_keepReason, 1);
    top->addWidget(m_selector);
    top->addWidget(m_makeCurrent);
    top->addWidget(m_remove);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(group(tr("Metrics"), m_metrics, this));
    tables->addWidget(group(tr("Settings that differ"), m_settings, this));
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_chart);
    main->addWidget(tables);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(main, 1);
}

void ComparisonView::refresh()
{
    const std::vector<KeptConfiguration> &kept = m_session->keptConfigurations();
    const int selected = m_selector->currentIndex();
    m_selector->clear();
    for (const KeptConfiguration &k : kept)
        m_selector->addItem(k.name);
    m_selector->setCurrentIndex(std::clamp(selected, 0, int(kept.size()) - 1));
    m_empty->setVisible(kept.size() < 2);
    m_chart->setConfigurations(kept);
    showMetrics();
    showSettings();
    updateButtons();
}

void ComparisonView::updateButtons()
{
    const QString problem = m_session->keepProblem();
    m_keep->setEnabled(problem.isEmpty());
    m_keepReason->setText(problem);
    const bool any = !m_session->keptConfigurations().empty();
    m_makeCurrent->setEnabled(any);
    m_remove->setEnabled(any);
}

MetricsTable ComparisonView::summaryMetrics(const KeptConfiguration &kept, QString *source)
{
    MetricsOptions overall;
    overall.rollingWindow = 1;
    if (kept.crossValidation && kept.crossValidation->ok()) {
        const CutoffPlan &plan = kept.crossValidation->plan;
        *source =
            tr("cross-validation, %n cutoff(s), horizon %1", nullptr, int(plan.cutoffs.size()))
                .arg(QString::fromStdString(plan.horizon.toString()));
        return PerformanceMetrics::compute(kept.crossValidation->frame, overall);
    }
    *source = tr("fit on the history (in-sample)");
    return PerformanceMetrics::compute(inSampleFrame(kept.result), overall);
}

void ComparisonView::showMetrics()
{
    const std::vector<KeptConfiguration> &kept = m_session->keptConfigurations();
    const std::vector<std::string> &names = PerformanceMetrics::metricNames();
    m_metrics->clear();
    m_metrics->setColumnCount(int(kept.size()));
    m_metrics->setRowCount(1 + int(names.size()));
    QStringList rows{tr("measured on")};
    for (const std::string &name : names)
        rows.append(QString::fromStdString(name));
    m_metrics->setVerticalHeaderLabels(rows);
    for (int c = 0; c < int(kept.size()); ++c) {
        const KeptConfiguration &k = kept[std::size_t(c)];
        m_metrics->setHorizontalHeaderItem(c, new QTableWidgetItem(k.name));
        QString source;
        const MetricsTable table = summaryMetrics(k, &source);
        m_metrics->setItem(0, c, new QTableWidgetItem(source));
        for (int r = 0; r < int(names.size()); ++r) {
            const std::vector<double> *values = table.column(names[std::size_t(r)]);
            auto *item = new QTableWidgetItem;
            if (values && !values->empty()) {
                item->setText(QLocale().toString(values->back(), 'g', 6));
                item->setData(Qt::UserRole, values->back());
            } else {
                item->setText(tr("—"));
                for (const auto &[name, reason] : table.omitted) {
                    if (name == names[std::size_t(r)])
                        item->setToolTip(QString::fromStdString(reason));
                }
            }
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_metrics->setItem(r + 1, c, item);
        }
    }
    m_metrics->resizeRowsToContents();
}

void ComparisonView::showSettings()
{
    const std::vector<KeptConfiguration> &kept = m_session->keptConfigurations();
    QList<QJsonObject> settings;
    for (const KeptConfiguration &k : kept)
        settings.append(SettingsDiff::settingsObject(k.config, k.periods));
    const QList<SettingDifference> differences = SettingsDiff::compare(settings);
    m_settings->clear();
    m_settings->setColumnCount(int(kept.size()));
    m_settings->setRowCount(int(differences.size()));
    QStringList rows;
    for (const SettingDifference &d : differences)
        rows.append(d.key);
    m_settings->setVerticalHeaderLabels(rows);
    for (int c = 0; c < int(kept.size()); ++c) {
        m_settings->setHorizontalHeaderItem(c, new QTableWidgetItem(kept[std::size_t(c)].name));
        for (int r = 0; r < int(differences.size()); ++r)
            m_settings->setItem(r, c, new QTableWidgetItem(differences[r].values[c]));
    }
}

} // namespace prognos
