using Hub.ServiceDefaults.Privacy;

namespace Hub.UnitTests.Privacy;

public sealed class CprTests
{
    [Theory]
    [InlineData("010190-1234", 1990)]   // 7th digit 1: 1900s
    [InlineData("0101901234", 1990)]
    [InlineData("010110-4234", 2010)]   // 4 with year <= 36: 2000s
    [InlineData("010150-4234", 1950)]   // 4 with year > 36: 1900s
    [InlineData("010105-5234", 2005)]   // 5-8 with year <= 57: 2000s
    [InlineData("010170-6234", 1870)]   // 5-8 with year > 57: 1800s
    [InlineData("010120-9234", 2020)]   // 9 with year <= 36: 2000s
    [InlineData("290200-4123", 2000)]   // 29 Feb 2000 exists
    public void A_valid_number_gives_its_birth_date_with_the_right_century(string cpr, int year)
    {
        Assert.Null(Cpr.Validate(cpr));
        Assert.Equal(year, Cpr.BirthDate(Cpr.Normalize(cpr)!)!.Value.Year);
    }

    [Fact]
    public void A_number_failing_modulus_11_is_still_accepted()
    {
        // 0101901235: weights 4,3,2,7,6,5,4,3,2,1 give a sum not divisible by 11.
        var digits = "0101901235".Select(c => c - '0').ToArray();
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        Assert.NotEqual(0, digits.Zip(weights, (d, w) => d * w).Sum() % 11);
        Assert.Null(Cpr.Validate("010190-1235"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01019O-1234")]
    [InlineData("010190-123")]
    [InlineData("010190_1234")]
    [InlineData("320190-1234")]   // day 32
    [InlineData("011390-1234")]   // month 13
    [InlineData("290201-1234")]   // 29 Feb 1901
    [InlineData("' OR 1=1 --")]
    public void An_invalid_number_is_refused_without_repeating_it(string? cpr)
    {
        var error = Cpr.Validate(cpr);
        Assert.NotNull(error);
        if (!string.IsNullOrEmpty(cpr)) Assert.DoesNotContain(cpr, error);
    }
}
