#include "PasswordKdf.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace tessera;

// One test per preset with its real parameters: they must run on this machine (memory is
// available) and give a 32-byte key. Timings are printed, never asserted (see tests/bench).
class PasswordKdfPreset : public ::testing::TestWithParam<PasswordKdf::Preset>
{
};

TEST_P(PasswordKdfPreset, DerivesWithTheRealParameters)
{
    const auto parameters = PasswordKdf::preset(GetParam());
    QElapsedTimer timer;
    timer.start();
    const auto key = PasswordKdf::derive("correct horse battery staple", "0123456789abcdef", parameters);
    ASSERT_TRUE(key.ok()) << key.error().message().toStdString();
    EXPECT_EQ(key->size(), 32u);
    std::printf("preset %s: %lld ms\n", qPrintable(PasswordKdf::presetName(GetParam())),
        static_cast<long long>(timer.elapsed()));
}

INSTANTIATE_TEST_SUITE_P(Presets,
    PasswordKdfPreset,
    ::testing::Values(PasswordKdf::Preset::Fast, PasswordKdf::Preset::Standard, PasswordKdf::Preset::Strong),
    [](const ::testing::TestParamInfo<PasswordKdf::Preset>& info) {
        return PasswordKdf::presetName(info.param).toStdString();
    });
