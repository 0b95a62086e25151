using System.Collections;
using Microsoft.Build.Framework;

namespace KeyGov.Tasks.Tests;

/// <summary>
/// Collects what a task logs, as MSBuild would show it. One instance is one build of one node: its task-object
/// registry (<see cref="IBuildEngine4"/>) is what tasks of several projects in that build share.
/// </summary>
public sealed class FakeBuildEngine : IBuildEngine4
{
    private readonly Dictionary<object, object> _buildObjects = [];

    public List<BuildErrorEventArgs> Errors { get; } = [];
    public List<BuildWarningEventArgs> Warnings { get; } = [];
    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "test.csproj";
    /// <summary>True for a node of an <c>-m</c> build.</summary>
    public bool IsRunningMultipleNodes { get; set; }

    /// <summary>Forgets what was logged (the registry stays: the same build goes on with the next project).</summary>
    public void ClearLog()
    {
        Errors.Clear();
        Warnings.Clear();
        Messages.Clear();
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) => throw new NotSupportedException();
    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) => throw new NotSupportedException();
    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) => throw new NotSupportedException();
    public void Yield() { }
    public void Reacquire() { }
    public void LogCustomEvent(CustomBuildEventArgs e) { }
    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    /// <summary>What MSBuild does on every node when a build ends: dispose the Build-lifetime objects, and forget them.</summary>
    public void EndBuild()
    {
        foreach (var obj in _buildObjects.Values)
        {
            (obj as IDisposable)?.Dispose();
        }

        _buildObjects.Clear();
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) => _buildObjects[key] = obj;
    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _buildObjects.GetValueOrDefault(key);
    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) => _buildObjects.Remove(key, out var obj) ? obj : null;
}
