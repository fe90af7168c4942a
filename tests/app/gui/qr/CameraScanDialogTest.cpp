#include "qr/CameraScanDialog.h"
#include "QrGuiTestData.h"
#include "qr/AsyncQrDecoder.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <gtest/gtest.h>

#include <cstring>

using tessera::QrPayload;
using tessera::gui::AsyncQrDecoder;
using tessera::gui::CameraScanDialog;
using tessera::test::QrGuiTestData;

namespace
{
    /// A camera-like frame (32-bit BGRX, as most webcams deliver after conversion) holding `image`.
    QVideoFrame frameOf(const QImage& image)
    {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRX8888));
        if (!frame.map(QVideoFrame::WriteOnly)) {
            return {};
        }
        for (int y = 0; y < rgb.height(); ++y) {
            std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                static_cast<size_t>(rgb.width()) * 4);
        }
        frame.unmap();
        return frame;
    }

    QList<QrPayload> waitForDecoded(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(20000)) {
            return {};
        }
        return spy.first().first().value<QList<QrPayload>>();
    }
}

TEST(AsyncQrDecoder, DecodesOnAWorkerThreadAndDropsImagesWhileBusy)
{
    AsyncQrDecoder decoder;
    QSignalSpy decoded(&decoder, &AsyncQrDecoder::decoded);
    ASSERT_TRUE(decoder.submit(QrGuiTestData::codeImage(QrGuiTestData::uri())));
    EXPECT_TRUE(decoder.isBusy());
    EXPECT_FALSE(decoder.submit(QrGuiTestData::codeImage(QStringLiteral("dropped")))); // dropped, not queued
    const auto payloads = waitForDecoded(decoded);
    ASSERT_EQ(payloads.size(), 1);
    EXPECT_EQ(payloads.first().text(), QrGuiTestData::uri());
    EXPECT_FALSE(decoder.isBusy());
    EXPECT_EQ(decoded.count(), 1);
}

TEST(AsyncQrDecoder, DecodesAVideoFrame)
{
    const QVideoFrame frame = frameOf(QrGuiTestData::codeImage(QrGuiTestData::uri(), 5, QSize(640, 480)));
    ASSERT_TRUE(frame.isValid());
    AsyncQrDecoder decoder;
    QSignalSpy decoded(&decoder, &AsyncQrDecoder::decoded);
    ASSERT_TRUE(decoder.submit(frame));
    const auto payloads = waitForDecoded(decoded);
    ASSERT_EQ(payloads.size(), 1);
    EXPECT_EQ(payloads.first().text(), QrGuiTestData::uri());
}

TEST(AsyncQrDecoder, AFrameWithoutACodeGivesAnEmptyList)
{
    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::gray);
    AsyncQrDecoder decoder;
    QSignalSpy decoded(&decoder, &AsyncQrDecoder::decoded);
    ASSERT_TRUE(decoder.submit(frameOf(blank)));
    ASSERT_TRUE(decoded.wait(20000));
    EXPECT_TRUE(decoded.first().first().value<QList<QrPayload>>().isEmpty());
}

TEST(AsyncQrDecoder, ReportsImagesTheDecoderRefuses)
{
    AsyncQrDecoder decoder;
    QSignalSpy failed(&decoder, &AsyncQrDecoder::failed);
    ASSERT_TRUE(decoder.submit(QImage()));
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
}

TEST(CameraScanDialog, SaysSoWhenThereIsNoCamera)
{
    if (!QMediaDevices::videoInputs().isEmpty()) {
        GTEST_SKIP() << "This machine has a camera; the no-camera message is tested where there is none.";
    }
    CameraScanDialog dialog;
    dialog.show();
    EXPECT_FALSE(dialog.hasCamera());
    EXPECT_EQ(dialog.message(), CameraScanDialog::noCameraMessage());
    EXPECT_TRUE(dialog.message().startsWith(QStringLiteral("No camera was found.")));
}

TEST(CameraScanDialog, StopsAndReturnsTheFirstCodeItReads)
{
    CameraScanDialog dialog;
    dialog.show();
    QSignalSpy read(&dialog, &CameraScanDialog::codeRead);
    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::gray);
    dialog.processFrame(frameOf(blank));
    QTest::qWait(0);
    const QVideoFrame code = frameOf(QrGuiTestData::codeImage(QrGuiTestData::uri(), 5, QSize(640, 480)));
    // Frames keep coming, as from a camera; those that arrive while one is decoded are dropped.
    for (int i = 0; i < 200 && read.isEmpty(); ++i) {
        dialog.processFrame(code);
        QTest::qWait(50);
    }
    ASSERT_EQ(read.count(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(dialog.payloads().size(), 1);
    EXPECT_EQ(dialog.payloads().first().text(), QrGuiTestData::uri());
    dialog.processFrame(code); // after the code was read, frames are ignored
    QTest::qWait(100);
    EXPECT_EQ(read.count(), 1);
}
