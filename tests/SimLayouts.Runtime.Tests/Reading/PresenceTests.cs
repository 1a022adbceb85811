using System.Collections.Generic;
using System.IO;
using System.Linq;
using SimLayouts.AcEvo;
using SimLayouts.Pcars2;
using SimLayouts.Publishing;
using SimLayouts.Reading;
using SimLayouts.Runtime.Tests.Infrastructure;
using SimLayouts.Sources;

namespace SimLayouts.Runtime.Tests.Reading;

/// <summary>
/// Which field values mean "the game is not there" comes from each layout's <c>presence:</c>. A live source with
/// such a page waits for the game; a file or a recording is data, decoded with one warning.
/// </summary>
public sealed class PresenceTests
{
    private TemporaryDirectory _shm = null!;
    private List<SourceStateChangedEventArgs> _transitions = null!;
    private List<string> _warnings = null!;

    [SetUp]
    public void SetUp()
    {
        _shm = new TemporaryDirectory();
        _transitions = [];
        _warnings = [];
    }

    [TearDown]
    public void TearDown() => _shm.Dispose();

    [Test]
    public void Pcars2_declares_game_state_exited_and_acevo_graphics_status_off()
    {
        var pcars2 = Pcars2Layout.Description.Pages.Single();
        Assert.That(pcars2.Presence!.Field, Is.SameAs(pcars2.Fields.Single(field => field.NativeName == "mGameState")));
        Assert.That(pcars2.Presence.AbsentValues, Is.EqualTo(new[] { (long)GameState.Exited }));
        Assert.That(pcars2.Presence.AbsentNames, Is.EqualTo(new[] { "GAME_EXITED" }));

        var graphics = AcEvoLayout.Description.Pages.Single(page => page.CSharpName == "Graphics");
        Assert.That(graphics.Presence!.Field, Is.SameAs(graphics.Fields.Single(field => field.NativeName == "status")));
        Assert.That(graphics.Presence.AbsentValues, Is.EqualTo(new[] { (long)AcEvoStatus.Off }));
        Assert.That(graphics.Presence.AbsentNames, Is.EqualTo(new[] { "AC_OFF" }));
        Assert.That(AcEvoLayout.Description.Pages.Where(page => page != graphics).Select(page => page.Presence), Is.All.Null);

        Assert.That(PresenceRule.FromLayout(AcEvoLayout.Description).Select(rule => rule.Page), Is.EqualTo(new[] { graphics }));
    }

    [Test]
    public void A_live_acevo_whose_status_is_off_is_waited_for_and_detached_from()
    {
        using var reader = Observe(new LayoutReader(AcEvoLayout.Description, new DirectorySegmentSource(_shm.Path)));
        using var game = new AcEvoPages(_shm.Path);

        game.Publish(AcEvoStatus.Off);
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(reader.State, Is.EqualTo(SourceState.Waiting));
        Assert.That(_transitions[^1].Message, Is.EqualTo("status is AC_OFF: the game is not running."));

        game.Publish(AcEvoStatus.Live);
        Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame));
        frame!.Dispose();
        Assert.That(reader.State, Is.EqualTo(SourceState.Attached));

        // The page that says the game went off is delivered once, as the last frame; then the reader waits.
        game.Publish(AcEvoStatus.Off);
        Assert.That(reader.Poll(out var off), Is.EqualTo(PollResult.Frame));
        using (off)
        {
            Assert.That(off!.View<GraphicsView>().Status, Is.EqualTo(AcEvoStatus.Off));
        }

        Assert.That(reader.State, Is.EqualTo(SourceState.Detached));
        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Waiting));
        Assert.That(_warnings, Is.Empty);
    }

    [Test]
    public void A_pcars2_page_file_written_after_the_game_exited_is_decoded_with_one_warning()
    {
        var path = _shm.File("exited.bin");
        File.WriteAllBytes(path, Pages.Pcars2(state: GameState.Exited, speed: 4f));
        using var reader = Observe(new LayoutReader(Pcars2Layout.Description, new PageFileSource(path)));

        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        using (frame)
        {
            Assert.That(frame!.View<SharedMemoryView>().GameState, Is.EqualTo(GameState.Exited));
            Assert.That(frame.View<SharedMemoryView>().Speed, Is.EqualTo(4f));
        }

        Assert.That(reader.Poll(out _), Is.EqualTo(PollResult.Unchanged));
        Assert.That(_warnings, Is.EqualTo(new[]
        {
            $"page file {path}: mGameState is GAME_EXITED in page SharedMemory (the game was not running when the page was written); decoding it anyway.",
        }));
    }

    [Test]
    public void Acevo_page_files_with_status_off_give_frames_and_one_warning_per_page_and_value()
    {
        using var reader = Observe(new LayoutReader(AcEvoLayout.Description, new DirectorySegmentSource(_shm.Path, isLive: false)));
        using var game = new AcEvoPages(_shm.Path);

        foreach (var (status, gas) in new[] { (AcEvoStatus.Off, 0.1f), (AcEvoStatus.Off, 0.2f), (AcEvoStatus.Live, 0.3f), (AcEvoStatus.Off, 0.4f) })
        {
            game.Publish(status, gas);
            Assert.That(reader.Poll(out var frame), Is.EqualTo(PollResult.Frame), status.ToString());
            using (frame)
            {
                Assert.That(frame!.View<GraphicsView>().Status, Is.EqualTo(status));
                Assert.That(frame.View<PhysicsView>().Gas, Is.EqualTo(gas));
            }
        }

        Assert.That(_warnings, Has.Count.EqualTo(1));
        Assert.That(_warnings[0], Does.StartWith($"page files in {_shm.Path}: status is AC_OFF in page SPageFileGraphicEvo"));
        Assert.That(_transitions.Select(change => change.State), Is.EqualTo(new[] { SourceState.Attached }));
    }

    [Test]
    public void An_app_may_replace_the_layouts_rules()
    {
        using var game = PagePublisher.Create<SharedMemoryView>(_shm.Path);
        game.Publish(Pages.Pcars2(state: GameState.Exited));
        using var reader = new LayoutReader(Pcars2Layout.Description, new DirectorySegmentSource(_shm.Path), new LayoutReaderOptions { PresenceRules = [] });

        Assert.That(reader.PollFirstFrame(out var frame), Is.EqualTo(PollResult.Frame));
        frame!.Dispose();
    }

    private LayoutReader Observe(LayoutReader reader)
    {
        reader.StateChanged += (_, change) => _transitions.Add(change);
        reader.Warning += (_, warning) => _warnings.Add(warning.Message);
        return reader;
    }

    /// <summary>The three AC EVO segments, published together.</summary>
    private sealed class AcEvoPages(string directory) : System.IDisposable
    {
        private readonly PagePublisher _physics = PagePublisher.Create<PhysicsView>(directory);
        private readonly PagePublisher _graphics = PagePublisher.Create<GraphicsView>(directory);
        private readonly PagePublisher _static = PagePublisher.Create<StaticView>(directory);
        private readonly byte[] _physicsPage = new byte[PhysicsView.Size];
        private readonly byte[] _graphicsPage = new byte[GraphicsView.Size];

        public void Publish(AcEvoStatus status, float gas = 0f)
        {
            new GraphicsWritableView(_graphicsPage).Status = status;
            new PhysicsWritableView(_physicsPage).Gas = gas;
            _graphics.Publish(_graphicsPage);
            _physics.Publish(_physicsPage);
            _static.Publish(new byte[StaticView.Size]);
        }

        public void Dispose()
        {
            _physics.Dispose();
            _graphics.Dispose();
            _static.Dispose();
        }
    }
}
