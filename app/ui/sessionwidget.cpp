#include "sessionwidget.h"

#include "comparisonview.h"
#include "componentchartsview.h"
#include "crossvalidationdialog.h"
#include "datapage.h"
#include "forecastchartview.h"
#include "forecastrunner.h"
#include "forecasttablemodel.h"
#include "futurevalueseditor.h"
#include "modelsettingspanel.h"
#include "qualitypanel.h"
#include "rawchartview.h"
#include "seriestablemodel.h"
#include "session.h"
#include "sessionexporter.h"
#include "sessionreport.h"
#include "tablecopy.h"
#include "uilogging.h"
#include "warningspanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace prognos {

namespace {

// The pause between the steps that show a finished run, so that input and timers get a turn.
constexpr int kBreathingMs = 5;

QTableView *tableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setDefaultSectionSize(120);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    return view;
}

bool yearlyForced(const ProphetConfig &config)
{
    return config.yearlySeasonality.kind == SeasonalitySwitch::Kind::On ||
           config.yearlySeasonality.kind == SeasonalitySwitch::Kind::Order;
}

} // namespace

SessionWidget::SessionWidget(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new ForecastRunner(this))
{
    m_session->setParent(this);
    createWidgets();
    createLayout();
    connectSignals();
    showData();
}

SessionWidget::~SessionWidget()
{
    // Views refer to the session's tables; detach them before the session goes.
    delete m_crossValidation;
    m_components->clearComponents();
    m_dataPage->setSession(nullptr);
    m_tableModel->setForecast(nullptr, nullptr);
    delete m_runner;
    delete m_session;
}

void SessionWidget::createWidgets()
{
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_dataPage = new DataPage(this);
    m_settings = new ModelSettingsPanel(this);
    m_chart = new ForecastChartView(this);
    m_components = new ComponentChartsView(this);
    m_table = tableView(this);
    m_tableModel = new ForecastTableModel(this);
    m_table->setModel(m_tableModel);
    m_warnings = new WarningsPanel(this);
    // Copies of either table are marked sensitive; the forecast table offers it on a menu.
    TableCopy::install(m_dataPage->gridView());
    TableCopy::install(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chart->setContextMenuPolicy(Qt::CustomContextMenu);
    m_comparison = new ComparisonView(m_session, this);
}

void SessionWidget::createLayout()
{
    m_pages->addTab(m_dataPage, tr("Data"));
    m_pages->addTab(m_chart, tr("Forecast"));
    m_pages->addTab(m_components, tr("Components"));
    m_pages->addTab(m_table, tr("Forecast table"));
    m_pages->addTab(m_warnings, tr("Warnings"));
    m_pages->addTab(m_comparison, tr("Comparison"));

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_pages);
    main->addWidget(m_settings);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({900, 340});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main);
}

void SessionWidget::connectSignals()
{
    connect(m_dataPage->qualityPanel(), &QualityPanel::recordActivated, this,
            &SessionWidget::showRecord);
    connect(m_session, &Session::cleaningChanged, this, &SessionWidget::applyCleaning);
    connect(m_settings, &ModelSettingsPanel::settingsEdited, this, &SessionWidget::applySettings);
    connect(m_settings, &ModelSettingsPanel::futureValuesEdited, this, [this] {
        m_session->setFutureValues(m_settings->futureEditor()->values());
        settingsChanged();
    });
    connect(m_settings, &ModelSettingsPanel::historyLimitsEdited, this, [this] {
        const FutureValuesEditor *future = m_settings->futureEditor();
        m_session->setHistoryLimits(future->historyCap(), future->historyFloor());
        showFuture();
        settingsChanged();
    });
    connect(m_settings, &ModelSettingsPanel::runRequested, this, &SessionWidget::startRun);
    connect(m_settings, &ModelSettingsPanel::cancelRequested, this, &SessionWidget::cancelRun);
    connect(m_runner, &ForecastRunner::progressChanged, this, &SessionWidget::progressChanged);
    connect(m_runner, &ForecastRunner::runFinished, this, &SessionWidget::handleRunFinished);
    connect(m_runner, &ForecastRunner::runCancelled, this, &SessionWidget::handleRunCancelled);
    connect(m_warnings, &WarningsPanel::clipRequested, this, &SessionWidget::clipAtZero);
    connect(m_pages, &QTabWidget::currentChanged, this, &SessionWidget::showComponentsIfVisible);
    connect(m_chart, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createChartMenu({}, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_chart->mapToGlobal(position));
    });
    connect(m_components, &ComponentChartsView::chartMenuRequested, this,
            [this](const QString &component, const QPoint &globalPosition) {
                QMenu *menu = createChartMenu(component.toStdString(), this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPosition);
            });
    connect(m_comparison, &ComparisonView::keepRequested, this,
            &SessionWidget::askToKeepForComparison);
    connect(m_comparison, &ComparisonView::makeCurrentRequested, this, &SessionWidget::makeCurrent);
}

QMenu *SessionWidget::createChartMenu(const std::string &component, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const bool enabled = SessionReport::hasForecast(*m_session);
    auto add = [this, menu, enabled](const QString &text, const QString &name, auto run) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this, [this, run] {
            SessionExporter exporter(this, *m_session);
            run(exporter);
        });
    };
    add(tr("&Copy"), QStringLiteral("copy_chart"),
        [component](SessionExporter &e) { e.copyChart(component); });
    add(tr("Save as &PNG…"), QStringLiteral("save_chart_png"),
        [component](SessionExporter &e) { e.exportChartPng(component); });
    add(tr("Save as &SVG…"), QStringLiteral("save_chart_svg"),
        [component](SessionExporter &e) { e.exportChartSvg(component); });
    return menu;
}

void SessionWidget::showData()
{
    m_dataPage->setSession(m_session);
    m_settings->setDataColumns(m_session->dataColumns());
    reloadSettings();
}

void SessionWidget::reloadSettings()
{
    showSpan();
    m_settings->showSettings(m_session->config(), m_session->horizon());
    showFuture();
    updateProblems();
}

void SessionWidget::showSpan()
{
    const std::vector<Timestamp> future = m_session->futureDates();
    const QualityReport &quality = m_session->quality();
    m_settings->setDataSpan(quality.first, future.empty() ? quality.last : future.back());
}

void SessionWidget::showFuture()
{
    m_settings->showFutureValues(m_session->futureValues(), m_session->dataHasCap(),
                                 m_session->dataHasFloor(), m_session->historyCap(),
                                 m_session->historyFloor());
}

void SessionWidget::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

bool SessionWidget::isRunning() const
{
    return m_runner->isRunning();
}

void SessionWidget::applySettings()
{
    m_session->setConfig(m_settings->config());
    m_session->setHorizon(m_settings->horizon());
    showSpan();
    showFuture();
    settingsChanged();
}

void SessionWidget::settingsChanged()
{
    updateProblems();
    if (!m_runner->isRunning())
        return;
    // The running fit answers an old question: drop it and, if the new settings can run,
    // start again with them.
    m_runner->cancel();
    if (m_settings->runButton()->isEnabled())
        startRun();
}

void SessionWidget::applyCleaning()
{
    // Session::setPipeline cleared the result; a running fit works on the old data.
    if (m_runner->isRunning())
        m_runner->cancel();
    m_settings->setDataColumns(m_session->dataColumns());
    showSpan();
    showFuture();
    showResult();
    updateChart();
    updateProblems();
}

SeriesTableModel *SessionWidget::gridModel() const
{
    return m_dataPage->gridModel();
}

QTableView *SessionWidget::gridView() const
{
    return m_dataPage->gridView();
}

QualityPanel *SessionWidget::qualityPanel() const
{
    return m_dataPage->qualityPanel();
}

CleaningPanel *SessionWidget::cleaningPanel() const
{
    return m_dataPage->cleaningPanel();
}

void SessionWidget::updateProblems()
{
    m_settings->showProblems(m_settings->ownProblems() + m_session->runProblems());
}

void SessionWidget::showRecord(int sourceRow)
{
    showPage(Page::Data);
    m_dataPage->showRecord(sourceRow);
}

void SessionWidget::startRun()
{
    updateProblems();
    if (!m_settings->runButton()->isEnabled())
        return;
    m_runner->start(m_session->forecastInput());
    m_settings->setRunning(true);
    emit runStateChanged(true);
    emit statusMessage(tr("Fitting the model…"));
}

void SessionWidget::cancelRun()
{
    m_runner->cancel();
}

void SessionWidget::resetZoom()
{
    m_chart->resetZoom();
    m_dataPage->rawChart()->resetZoom();
}

void SessionWidget::showCrossValidation()
{
    if (m_crossValidation) {
        m_crossValidation->raise();
        m_crossValidation->activateWindow();
        return;
    }
    m_crossValidation = new CrossValidationDialog(m_session, this);
    m_crossValidation->setAttribute(Qt::WA_DeleteOnClose);
    m_crossValidation->setWindowModality(Qt::WindowModal);
    connect(m_crossValidation, &CrossValidationDialog::keepRequested, this,
            &SessionWidget::askToKeepForComparison);
    m_crossValidation->show();
}

void SessionWidget::askToKeepForComparison()
{
    const QString problem = m_session->keepProblem();
    if (!problem.isEmpty()) {
        emit statusMessage(problem);
        return;
    }
    QWidget *parent = m_crossValidation ? static_cast<QWidget *>(m_crossValidation) : this;
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, tr("Keep for Comparison"), tr("Name of this configuration:"),
                              QLineEdit::Normal, m_session->suggestedKeepName(), &ok);
    if (ok)
        keepForComparison(name);
}

bool SessionWidget::keepForComparison(const QString &name)
{
    QString problem = m_session->keepProblem();
    const auto &kept = m_session->keptConfigurations();
    if (problem.isEmpty() && name.trimmed().isEmpty())
        problem = tr("Give the configuration a name.");
    if (problem.isEmpty() &&
        std::any_of(kept.begin(), kept.end(),
                    [&name](const KeptConfiguration &k) { return k.name == name.trimmed(); }))
        problem = tr("A configuration named %1 is kept already.").arg(name.trimmed());
    if (!problem.isEmpty() || !m_session->keepCurrent(name)) {
        emit statusMessage(problem);
        return false;
    }
    emit statusMessage(tr("Kept %1 for comparison (%2 of %3).")
                           .arg(name.trimmed())
                           .arg(kept.size())
                           .arg(Session::kMaxKept));
    return true;
}

void SessionWidget::makeCurrent(int index)
{
    if (index < 0 || index >= int(m_session->keptConfigurations().size()))
        return;
    m_runner->cancel();
    m_session->makeCurrent(index);
    reloadSettings();
    showResult();
    updateChart();
    emit statusMessage(tr("%1 is the current configuration.")
                           .arg(m_session->keptConfigurations()[std::size_t(index)].name));
}

void SessionWidget::handleRunCancelled()
{
    m_settings->setRunning(false);
    emit runStateChanged(false);
    emit statusMessage(tr("Forecast cancelled."));
}

void SessionWidget::handleRunFinished(const ForecastOutput &output)
{
    m_settings->setRunning(false);
    emit runStateChanged(false);
    const QString memoryProblem = m_session->resultMemoryProblem(output);
    if (!memoryProblem.isEmpty()) {
        emit statusMessage(tr("The forecast was not kept: the session's memory limit."));
        emit memoryLimitReached(memoryProblem);
        return;
    }
    m_session->setResult(output);
    if (output.ok())
        emit statusMessage(tr("Forecast ready in %1 ms.").arg(output.elapsedMs));
    else
        emit statusMessage(tr("The forecast failed: %1").arg(output.message));
    showResult();
    // Update the chart, then turn the page, each in its own pass of the event loop and a few
    // milliseconds apart, so that the work and the painting never add up to one long pause.
    QTimer::singleShot(kBreathingMs, this, [this, ok = output.ok()] {
        updateChart();
        QTimer::singleShot(kBreathingMs, this,
                           [this, ok] { showPage(ok ? Page::Forecast : Page::Warnings); });
    });
}

void SessionWidget::showResult()
{
    const ForecastOutput &result = m_session->result();
    bool offerClip = false;
    const QStringList warnings = resultWarnings(&offerClip);
    m_warnings->setWarnings(warnings, offerClip);
    const bool ok = result.ok() && result.model;
    m_tableModel->setForecast(ok ? &result.forecast : nullptr,
                              ok ? &result.model->history : nullptr);
    // The component charts are drawn when their page is first shown.
    m_components->clearComponents();
    m_componentsOutdated = true;
    showComponentsIfVisible();
}

void SessionWidget::updateChart()
{
    // Updating and painting the chart of the sample holds the GUI thread for about 21 ms on an
    // idle two-core machine and up to 65 ms on a loaded one (tst_forecastrun reports it); most
    // of it is Qt Charts drawing the antialiased band and the actuals' markers.
    const ForecastOutput &result = m_session->result();
    if (result.ok() && result.model)
        m_chart->setForecast(*result.model, result.forecast);
    else
        m_chart->clearForecast();
    emit chartUpdated();
}

void SessionWidget::showComponentsIfVisible()
{
    if (!m_componentsOutdated || m_pages->currentWidget() != m_components)
        return;
    m_componentsOutdated = false;
    const ForecastOutput &result = m_session->result();
    if (result.ok() && result.model)
        m_components->setComponents(*result.model, result.forecast);
    else
        m_components->clearComponents();
}

QStringList SessionWidget::resultWarnings(bool *offerClip) const
{
    const ForecastOutput &result = m_session->result();
    QStringList warnings;
    if (!result.ok())
        warnings.append(tr("The forecast failed: %1").arg(result.message));
    warnings += result.warnings;
    if (result.model) {
        for (const std::string &warning : result.model->warnings)
            warnings.append(QString::fromStdString(warning));
    }
    warnings.removeDuplicates();
    const QualityReport &quality = m_session->quality();
    if (yearlyForced(m_session->config()) && quality.last - quality.first < 2 * 365 * kMsPerDay)
        warnings.append(tr("Yearly seasonality is on with less than two years of data; the "
                           "yearly pattern may be poorly estimated."));
    *offerClip = false;
    const auto *yhat = result.forecast.column("yhat");
    if (result.ok() && yhat && quality.negativeRows.isEmpty()) {
        const auto lowest = std::min_element(yhat->begin(), yhat->end());
        if (lowest != yhat->end() && *lowest < 0) {
            warnings.append(tr("The forecast goes below zero although the history never "
                               "does."));
            *offerClip = true;
        }
    }
    return warnings;
}

void SessionWidget::clipAtZero()
{
    ForecastOutput clipped = m_session->result();
    for (const char *name : {"yhat", "yhat_lower", "yhat_upper"}) {
        if (auto *column = clipped.forecast.column(name)) {
            for (double &value : *column)
                value = std::max(value, 0.0);
        }
    }
    m_session->setResult(clipped);
    showResult();
    updateChart();
    qCDebug(lcUi) << "forecast clipped at zero";
}

} // namespace prognos
