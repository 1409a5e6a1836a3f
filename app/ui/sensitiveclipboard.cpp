#include "sensitiveclipboard.h"

#include "uilogging.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

namespace prognos {

namespace {

// A random token in each copy: on platforms where QClipboard cannot tell who owns the
// clipboard (the offscreen one), finding it again shows the copy is still ours.
const QString kTokenFormat = QStringLiteral("application/x-prognos-copy");

#ifdef Q_OS_WIN
// Windows 10's clipboard history and cloud clipboard read these two DWORD formats.
QByteArray dword(quint32 value)
{
    return QByteArray(reinterpret_cast<const char *>(&value), sizeof value);
}
#endif

} // namespace

QString SensitiveClipboard::markerFormat()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("ExcludeClipboardContentFromMonitorProcessing");
#elif defined(Q_OS_MACOS)
    // Qt 6.4 publishes a MIME type it has no converter for under its own
    // com.trolltech.anymime.* UTI, so clipboard managers see the concealed type only once a
    // QUtiMimeConverter (public from Qt 6.5) maps it; the README says so.
    return QStringLiteral("org.nspasteboard.ConcealedType");
#else
    return QStringLiteral("x-kde-passwordManagerHint");
#endif
}

QByteArray SensitiveClipboard::markerValue()
{
#if defined(Q_OS_WIN)
    return dword(1);
#else
    return QByteArrayLiteral("secret");
#endif
}

void SensitiveClipboard::markSensitive(QMimeData &mime)
{
    mime.setData(markerFormat(), markerValue());
#ifdef Q_OS_WIN
    mime.setData(QStringLiteral("CanIncludeInClipboardHistory"), dword(0));
    mime.setData(QStringLiteral("CanUploadToCloudClipboard"), dword(0));
#endif
}

void SensitiveClipboard::set(QMimeData *mime)
{
    markSensitive(*mime);
    QByteArray &token = lastToken();
    token = QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
            QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    mime->setData(kTokenFormat, token);
    QGuiApplication::clipboard()->setMimeData(mime);
    qCDebug(lcUi) << "copied to the clipboard, marked sensitive";
}

void SensitiveClipboard::setText(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    set(mime);
}

bool SensitiveClipboard::ownsClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard())
        return true;
    const QByteArray &token = lastToken();
    if (token.isEmpty())
        return false;
    const QMimeData *mime = clipboard->mimeData();
    return mime && mime->data(kTokenFormat) == token;
}

bool SensitiveClipboard::clearIfOwned()
{
    const bool owned = ownsClipboard();
    if (owned) {
        QGuiApplication::clipboard()->clear();
        qCDebug(lcUi) << "clipboard cleared";
    }
    lastToken().clear();
    return owned;
}

QByteArray &SensitiveClipboard::lastToken()
{
    static QByteArray token;
    return token;
}

} // namespace prognos
