// Without a QGuiApplication there are no fonts: the PDF export must refuse instead of aborting.
#include "PdfExporter.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

TEST(PdfExporterWithoutGui, RefusesWithAnError)
{
    auto written = PdfExporter::write(fixtureAccounts(), {});
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(written.error().message().contains(u"graphical"));
}
