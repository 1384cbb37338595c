


package version








