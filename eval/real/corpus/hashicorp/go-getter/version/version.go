


package version







