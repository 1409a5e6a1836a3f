#include "privacystatusdialog.h"

#include "mainwindow.h"
#include "session.h"
#include "sessionwidget.h"

#include "privacy/processhardening.h"
#include "privacy/writtenfiles.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace prognos {

namespace {

constexpr int kRefreshMs = 1000;

QString megabytes(double bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 1);
}

/// Whether a library whose file name contains `name` is mapped into this process.
bool libraryLoaded(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}

} // namespace

PrivacyStatusDialog::PrivacyStatusDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_checks(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Privacy Status"));
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Check"), tr("Status")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *intro = new QLabel(tr("What this window checks, live, in the running process."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_checks);
    layout->addWidget(buttons);
    connect(m_refreshTimer, &QTimer::timeout, this, &PrivacyStatusDialog::refresh);
    resize(640, 420);
    refresh();
}

void PrivacyStatusDialog::refresh()
{
    m_checks->clear();
    addHardening();
    addLockedMemory();
    addWrittenFiles();
    addNetwork();
    addSessions();
}

QStringList PrivacyStatusDialog::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_checks->topLevelItem(i);
        lines.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    return lines;
}

void PrivacyStatusDialog::showEvent(QShowEvent *event)
{
    refresh();
    m_refreshTimer->start(kRefreshMs);
    QDialog::showEvent(event);
}

void PrivacyStatusDialog::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QDialog::hideEvent(event);
}

void PrivacyStatusDialog::addCheck(const QString &check, const QString &status, bool good)
{
    auto *item = new QTreeWidgetItem(m_checks, {check, status});
    item->setIcon(1, style()->standardIcon(good ? QStyle::SP_DialogApplyButton
                                                : QStyle::SP_MessageBoxWarning));
}

void PrivacyStatusDialog::addDetail(const QString &detail)
{
    new QTreeWidgetItem(m_checks, {QString(), detail});
}

void PrivacyStatusDialog::addHardening()
{
    const HardeningReport &report = ProcessHardening::lastReport();
    addCheck(tr("Core dumps"), report.coreDumpsDisabled ? tr("disabled") : tr("not disabled"),
             report.coreDumpsDisabled);
#if defined(Q_OS_LINUX)
    addCheck(tr("Process dumpable"), report.notDumpable ? tr("no") : tr("yes"), report.notDumpable);
#endif
    for (const std::string &note : report.notes)
        addDetail(QString::fromStdString(note));
}

void PrivacyStatusDialog::addLockedMemory()
{
    const std::size_t locked = ProcessHardening::lockedBytes();
    addCheck(tr("Memory locked out of swap"),
             locked > 0 ? tr("%1 MB").arg(megabytes(double(locked)))
                        : tr("none (the system does not allow it)"),
             locked > 0);
}

void PrivacyStatusDialog::addWrittenFiles()
{
    const std::vector<std::string> paths = WrittenFiles::paths();
    addCheck(tr("Files written this session"),
             paths.empty() ? tr("none") : tr("%n export(s)", nullptr, int(paths.size())), true);
    for (const std::string &path : paths)
        addDetail(QString::fromStdString(path));
}

void PrivacyStatusDialog::addNetwork()
{
    const bool network = libraryLoaded("libQt6Network");
    addCheck(tr("Network"), network ? tr("Qt Network is loaded") : tr("none (no network code)"),
             !network);
}

void PrivacyStatusDialog::addSessions()
{
    addCheck(tr("Open sessions"), QString::number(m_window->sessionCount()), true);
    for (int i = 0; i < m_window->sessionCount(); ++i) {
        const Session *session = m_window->sessionAt(i)->session();
        addDetail(tr("%1: %2 MB of %3 MB")
                      .arg(session->title(), megabytes(double(session->memoryBytes())),
                           megabytes(double(session->memoryLimit()))));
    }
}

} // namespace prognos
