


package sdk














