# A stand-in for the desktop's StatusNotifierWatcher (what KDE, XFCE or GNOME's AppIndicator
# extension run), for the tray host test: owns org.kde.StatusNotifierWatcher on the session bus
# named by DBUS_SESSION_BUS_ADDRESS and answers IsStatusNotifierHostRegistered with argv[1]
# ("true" or "false"). Prints "ready" once the name is owned; runs until killed.
# Debian's python3-gi (Gio), installed by .ci/run.
import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.kde.StatusNotifierWatcher">
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
  </interface>
</node>
"""
registered = sys.argv[1] == "true"


def get_property(connection, sender, path, interface, name):
    if name == "IsStatusNotifierHostRegistered":
        return GLib.Variant("b", registered)
    return GLib.Variant("i", 0)


def on_bus(connection, name):
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    connection.register_object("/StatusNotifierWatcher", node.interfaces[0], None, get_property, None)


def on_name(connection, name):
    print("ready", flush=True)


Gio.bus_own_name(Gio.BusType.SESSION, "org.kde.StatusNotifierWatcher", Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
GLib.MainLoop().run()
