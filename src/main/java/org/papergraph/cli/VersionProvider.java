package org.papergraph.cli;

import org.papergraph.pipeline.Version;

import picocli.CommandLine;

/** Prints the software version for --version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() { return new String[] {Version.get()}; }
}
