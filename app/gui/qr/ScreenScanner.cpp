#include "ScreenScanner.h"

#include "AsyncQrDecoder.h"
#include "PortalScreenshot.h"
#include "RegionSelector.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace tessera::gui
{
    ScreenScanner::ScreenScanner(QObject* parent)
        : QObject(parent)
        , m_backend(backendFor(QGuiApplication::platformName()))
        , m_decoder(new AsyncQrDecoder(this))
    {
        connect(m_decoder, &AsyncQrDecoder::decoded, this, &ScreenScanner::onDecoded);
        connect(m_decoder, &AsyncQrDecoder::failed, this, &ScreenScanner::fail);
    }

    ScreenScanner::~ScreenScanner()
    {
        closeSelector();
        restoreWindows();
        m_screenshot.fill(Qt::black);
    }

    ScreenScanner::Backend ScreenScanner::backendFor(const QString& platformName)
    {
        if (platformName.startsWith(QStringLiteral("wayland"))) {
            return Backend::Portal;
        }
        if (platformName == QStringLiteral("xcb")) {
            return Backend::QtGrab;
        }
        return Backend::Unavailable;
    }

    RegionSelector* ScreenScanner::regionSelector() const
    {
        return m_selector;
    }

    QString ScreenScanner::noCodeMessage()
    {
        return tr("No QR code found on the screen. Make sure the whole code is visible, or select the region "
                  "around it.");
    }

    QString ScreenScanner::unavailableMessage()
    {
        return tr("Tessera cannot capture the screen on this desktop. Take a screenshot yourself and open it with "
                  "“Read QR Code from Image File”, or paste it with Ctrl+V.");
    }

    QImage ScreenScanner::grabAllScreens()
    {
        const QList<QScreen*> screens = QGuiApplication::screens();
        if (screens.isEmpty()) {
            return {};
        }
        QRect area;
        double ratio = 1.0;
        for (const QScreen* screen : screens) {
            area = area.united(screen->geometry());
            ratio = std::max(ratio, screen->devicePixelRatio());
        }
        QImage canvas((area.size() * ratio), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        bool grabbed = false;
        for (QScreen* screen : screens) {
            const QPixmap pixmap = screen->grabWindow(0);
            if (pixmap.isNull()) {
                continue;
            }
            grabbed = true;
            const QRect geometry = screen->geometry().translated(-area.topLeft());
            const QRectF target(
                geometry.x() * ratio, geometry.y() * ratio, geometry.width() * ratio, geometry.height() * ratio);
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()));
        }
        painter.end();
        return grabbed ? canvas : QImage();
    }

    void ScreenScanner::scan(Mode mode)
    {
        if (m_busy) {
            return;
        }
        if (m_backend == Backend::Unavailable) {
            emit failed(unavailableMessage());
            return;
        }
        m_busy = true;
        m_mode = mode;
        hideWindows();
        QTimer::singleShot(m_hidden.isEmpty() ? 0 : m_settleMs, this, &ScreenScanner::capture);
    }

    void ScreenScanner::capture()
    {
        if (m_backend == Backend::Portal) {
            if (m_portal == nullptr) {
                m_portal = new PortalScreenshot(this);
                connect(m_portal, &PortalScreenshot::captured, this, &ScreenScanner::onCaptured);
                connect(m_portal, &PortalScreenshot::failed, this, &ScreenScanner::fail);
                connect(m_portal, &PortalScreenshot::cancelled, this, &ScreenScanner::cancel);
            }
            // The portal's own tool selects regions.
            m_portal->take(m_mode == Mode::Region);
            return;
        }
        onCaptured(grabAllScreens());
    }

    void ScreenScanner::onCaptured(const QImage& image)
    {
        if (image.isNull()) {
            fail(unavailableMessage());
            return;
        }
        m_screenshot = image;
        if (m_mode == Mode::Region && m_backend == Backend::QtGrab) {
            QRect area;
            for (const QScreen* screen : QGuiApplication::screens()) {
                area = area.united(screen->geometry());
            }
            m_selector = new RegionSelector(m_screenshot, area);
            connect(m_selector, &RegionSelector::selected, this, &ScreenScanner::onRegionSelected);
            connect(m_selector, &RegionSelector::cancelled, this, &ScreenScanner::cancel);
            m_selector->show();
            m_selector->raise();
            m_selector->activateWindow();
            m_selector->setFocus();
            return;
        }
        restoreWindows();
        m_decoder->submit(m_screenshot);
    }

    void ScreenScanner::onRegionSelected(const QRect& imageRect)
    {
        closeSelector();
        restoreWindows();
        const QImage region = m_screenshot.copy(imageRect);
        m_screenshot.fill(Qt::black);
        m_screenshot = region;
        m_decoder->submit(m_screenshot);
    }

    void ScreenScanner::onDecoded(const QList<tessera::QrPayload>& payloads)
    {
        m_screenshot.fill(Qt::black);
        m_screenshot = QImage();
        m_busy = false;
        if (payloads.isEmpty()) {
            emit failed(noCodeMessage());
            return;
        }
        emit found(payloads);
    }

    void ScreenScanner::fail(const QString& message)
    {
        closeSelector();
        restoreWindows();
        m_screenshot = QImage();
        m_busy = false;
        emit failed(message);
    }

    void ScreenScanner::cancel()
    {
        closeSelector();
        restoreWindows();
        m_screenshot = QImage();
        m_busy = false;
        emit cancelled();
    }

    void ScreenScanner::hideWindows()
    {
        m_hidden.clear();
        if (!m_hideOwnWindows) {
            return;
        }
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window->windowType() != Qt::Desktop) {
                m_hidden.append(window);
                window->hide();
            }
        }
    }

    void ScreenScanner::restoreWindows()
    {
        for (const QPointer<QWidget>& window : std::as_const(m_hidden)) {
            if (window) {
                window->show();
            }
        }
        m_hidden.clear();
    }

    void ScreenScanner::closeSelector()
    {
        if (m_selector) {
            m_selector->hide();
            m_selector->deleteLater();
            m_selector = nullptr;
        }
    }
}
