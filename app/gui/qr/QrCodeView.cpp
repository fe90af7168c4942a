#include "QrCodeView.h"

#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <cmath>

namespace tessera::gui
{
    QrCodeView::QrCodeView(QWidget* parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(tr("QR code"));
    }

    QrCodeView::~QrCodeView()
    {
        clear();
    }

    void QrCodeView::setCode(const QImage& code)
    {
        clear();
        m_code = code.convertToFormat(QImage::Format_RGB32);
        updateGeometry();
        update();
    }

    void QrCodeView::clear()
    {
        if (!m_code.isNull()) {
            m_code.fill(Qt::white);
            m_code = QImage();
        }
        update();
    }

    int QrCodeView::moduleDevicePixels() const
    {
        if (m_code.isNull()) {
            return 0;
        }
        const double ratio = devicePixelRatioF();
        const int side = static_cast<int>(std::floor(std::min(width(), height()) * ratio));
        return std::max(1, side / m_code.width());
    }

    int QrCodeView::logicalPixelsFor(double millimetres) const
    {
        const QScreen* current = screen();
        // Physical dots per inch count device pixels; a logical pixel is devicePixelRatio of them.
        double dpi = current != nullptr ? current->physicalDotsPerInch() : 96.0;
        if (!std::isfinite(dpi) || dpi < 50.0 || dpi > 1000.0) {
            dpi = 96.0; // virtual and misconfigured screens report nonsense
        }
        const double ratio = current != nullptr ? current->devicePixelRatio() : 1.0;
        return std::max(1, static_cast<int>(std::ceil(millimetres / 25.4 * dpi / ratio)));
    }

    QSize QrCodeView::sizeHint() const
    {
        const int modules = m_code.isNull() ? 57 : m_code.width();
        const int side = modules * std::max(5, logicalPixelsFor(PreferredModuleMm));
        return {side, side};
    }

    QSize QrCodeView::minimumSizeHint() const
    {
        const int modules = m_code.isNull() ? 57 : m_code.width();
        const int side = modules * std::max(2, logicalPixelsFor(MinModuleMm));
        return {side, side};
    }

    void QrCodeView::paintEvent(QPaintEvent* /*event*/)
    {
        QPainter painter(this);
        if (m_code.isNull()) {
            return;
        }
        const double ratio = devicePixelRatioF();
        const int deviceSide = moduleDevicePixels() * m_code.width();
        // Whole device pixels for the corner too, so every module gets the same width.
        const double x = std::floor((width() * ratio - deviceSide) / 2.0) / ratio;
        const double y = std::floor((height() * ratio - deviceSide) / 2.0) / ratio;
        const QRectF target(x, y, deviceSide / ratio, deviceSide / ratio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.drawImage(target, m_code);
    }
}
