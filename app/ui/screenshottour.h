#pragma once

#include "crossvalidationdialog.h"

#include <QDir>
#include <QObject>

class QWidget;

#include <functional>

namespace prognos {

class MainWindow;

/// Walks the main window through its main states on the sample (import preview, data and
/// quality, cleaning before and after, settings, invalid settings, holidays on the data,
/// forecast, components, table, warnings, cross-validation, comparison, dark palette) and
/// saves a
/// picture of each into a folder, for review. Started only by `prognos --screenshots DIR`;
/// the pictures show the bundled sample only.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

signals:
    void finished(bool ok);

private:
    void next();
    void save(const QString &name);
    void saveWidget(QWidget *widget, const QString &name);
    void openSamplePreview();
    void runForecastThenContinue();
    void crossValidateThenContinue();
    void showCrossValidationPage(CrossValidationDialog::Page page);
    void saveDialog(const QString &name);

    MainWindow *m_window = nullptr;
    QDir m_directory;
    QList<std::function<void()>> m_steps;
    bool m_ok = true;
};

} // namespace prognos
