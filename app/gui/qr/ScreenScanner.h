#pragma once

#include "QrPayload.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QWidget;

namespace tessera::gui
{
    class AsyncQrDecoder;
    class PortalScreenshot;
    class RegionSelector;

    /// "Scan screen": finds the QR codes on every screen at once, or in a region the user selects.
    /// X11 (and other platforms Qt can grab): QScreen::grabWindow; Wayland: the desktop portal's
    /// Screenshot interface. Tessera's own windows are hidden while the screen is captured and shown
    /// again afterwards. Decoding runs on a worker thread. Each scan ends with exactly one of found,
    /// failed or cancelled.
    class ScreenScanner : public QObject
    {
        Q_OBJECT

    public:
        enum class Backend
        {
            QtGrab,      ///< X11 and other platforms whose screens Qt can read
            Portal,      ///< Wayland: org.freedesktop.portal.Screenshot over D-Bus
            Unavailable, ///< neither (offscreen, minimal)
        };
        enum class Mode
        {
            AllScreens,
            Region,
        };

        /// Time for the compositor to take Tessera's windows off the screen before capturing.
        static constexpr int DefaultSettleMs = 250;

        explicit ScreenScanner(QObject* parent = nullptr);
        ~ScreenScanner() override;

        /// From QGuiApplication::platformName(): "wayland*" → Portal, "xcb" → QtGrab, else Unavailable.
        [[nodiscard]] static Backend backendFor(const QString& platformName);
        [[nodiscard]] Backend backend() const { return m_backend; }
        void setBackend(Backend backend) { m_backend = backend; }
        void setSettleDelay(int milliseconds) { m_settleMs = milliseconds; }
        /// Whether Tessera's windows are hidden while capturing (on by default; the X11 test turns it off
        /// to scan a code in its own window).
        void setHideOwnWindows(bool hide) { m_hideOwnWindows = hide; }

        [[nodiscard]] bool isBusy() const { return m_busy; }
        /// Starts a scan. Ignored while one is running.
        void scan(Mode mode);
        /// The region overlay while it is shown (Region mode, QtGrab backend), else null.
        [[nodiscard]] RegionSelector* regionSelector() const;

        /// Every screen composed into one image at the largest device pixel ratio, laid out as the screens
        /// are on the virtual desktop. Null when Qt cannot grab screens here.
        [[nodiscard]] static QImage grabAllScreens();

        [[nodiscard]] static QString noCodeMessage();
        [[nodiscard]] static QString unavailableMessage();

    signals:
        void found(const QList<tessera::QrPayload>& payloads);
        void failed(const QString& message);
        void cancelled();

    private:
        void capture();
        void onCaptured(const QImage& image);
        void onRegionSelected(const QRect& imageRect);
        void onDecoded(const QList<tessera::QrPayload>& payloads);
        void fail(const QString& message);
        void cancel();
        void hideWindows();
        void restoreWindows();
        void closeSelector();

        Backend m_backend;
        Mode m_mode = Mode::AllScreens;
        int m_settleMs = DefaultSettleMs;
        bool m_hideOwnWindows = true;
        bool m_busy = false;
        QImage m_screenshot;
        QList<QPointer<QWidget>> m_hidden;
        QPointer<RegionSelector> m_selector;
        AsyncQrDecoder* m_decoder = nullptr;
        PortalScreenshot* m_portal = nullptr;
    };
}
