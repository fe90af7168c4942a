#pragma once

#include <QImage>
#include <QString>

namespace tessera::test
{
    /// An otpauth:// URI, and its code on a white canvas, for the QR GUI tests.
    struct QrGuiTestData
    {
        static QString uri();
        /// The code at `moduleSize` pixels per module, centred on a white RGB32 canvas of `canvas` pixels.
        static QImage codeImage(const QString& text, int moduleSize = 6, QSize canvas = QSize(480, 360));
    };
}
