using Hub.ServiceDefaults.Privacy;
using Microsoft.Extensions.Options;

namespace Hub.UnitTests.Privacy;

public sealed class CitizenIdentityTests
{
    private static CitizenIdentity With(string key) => new(Options.Create(new CitizenIdentityOptions { Key = key }));

    [Fact]
    public void The_same_cpr_gives_the_same_opaque_id_with_or_without_hyphen()
    {
        var identity = With(new string('k', 40));
        var id = identity.CitizenIdOf("010190-1234");
        Assert.Equal(id, identity.CitizenIdOf("0101901234"));
        Assert.True(CitizenIdentity.LooksLikeCitizenId(id));
        Assert.DoesNotContain("0101901234", id);
        Assert.DoesNotContain("010190", id);
    }

    [Fact]
    public void Another_key_gives_another_id_so_ids_cannot_be_recomputed_without_the_secret()
    {
        Assert.NotEqual(With(new string('a', 40)).CitizenIdOf("010190-1234"), With(new string('b', 40)).CitizenIdOf("010190-1234"));
        Assert.NotEqual(With(new string('a', 40)).CitizenIdOf("010190-1234"), With(new string('a', 40)).CitizenIdOf("010190-1235"));
    }

    [Fact]
    public void A_missing_or_short_key_refuses_to_start()
    {
        Assert.Throws<InvalidOperationException>(() => With("short"));
        Assert.Throws<InvalidOperationException>(() => With(""));
    }

    [Theory]
    [InlineData("c-0123456789abcdef0123456789abcdef", true)]
    [InlineData("c-0123456789ABCDEF0123456789abcdef", false)]
    [InlineData("0101901234", false)]
    [InlineData("c-0123", false)]
    public void Only_the_opaque_shape_is_a_citizen_id(string value, bool expected) =>
        Assert.Equal(expected, CitizenIdentity.LooksLikeCitizenId(value));
}
