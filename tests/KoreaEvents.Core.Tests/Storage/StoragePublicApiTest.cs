using KoreaEvents.Core.Tests.Api;
using KoreaEvents.Storage;

namespace KoreaEvents.Core.Tests.Storage;

/// <summary>Locks the public API of KoreaEvents.Storage as <see cref="PublicApiTest"/> locks the core's (accept a
/// deliberate change with <c>tests/accept-snapshots.sh</c>).</summary>
public class StoragePublicApiTest
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        SnapshotAssert.Text(PublicApiTest.PublicApi.Listing(typeof(CorpusStore).Assembly));
    }
}
